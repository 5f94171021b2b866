//! `fputs`, `fputs_unlocked`, `puts` (C17 7.21.7.4, 7.21.7.9; musl: src/stdio/fputs.c,
//! puts.c).
use super::file::{EOF, File, lock, unlock};
use crate::abi::types::{c_char, c_int};

/// `int fputs(const char *restrict s, FILE *restrict f);`
///
/// Writes `s` without its NUL, atomically with respect to other threads' stdio calls on
/// `f`. Returns 0, or `EOF` on error (error indicator and `errno`).
///
/// # Safety
/// `s` NUL-terminated; `f` a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fputs(s: *const c_char, f: *mut File) -> c_int {
    // SAFETY: forwarded contract; the lock brackets the write.
    unsafe {
        let l = crate::string::strlen::strlen(s);
        let locked = lock(f);
        let done = super::fwrite::fwritex(s.cast(), l, f);
        if locked {
            unlock(f);
        }
        if done == l { 0 } else { EOF }
    }
}

/// `int puts(const char *s);`
///
/// Writes `s` and a newline to `stdout` in one locked operation. Returns 0 or `EOF`.
///
/// # Safety
/// `s` NUL-terminated.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn puts(s: *const c_char) -> c_int {
    let f = super::stdout::stdout_file();
    // SAFETY: the caller guarantees `s`; stdout is static; the lock brackets the write.
    unsafe {
        let l = crate::string::strlen::strlen(s);
        let locked = lock(f);
        let ok = super::fwrite::fwritex(s.cast(), l, f) == l
            && super::putc::putc_fast(b'\n' as c_int, f) != EOF;
        if locked {
            unlock(f);
        }
        if ok { 0 } else { EOF }
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak fputs_unlocked", ".set fputs_unlocked, fputs");

//! `fgetws`, `fgetws_unlocked` (C17 7.29.3.2; musl: src/stdio/fgetws.c).
use super::fgetwc::getwc_locked;
use super::file::{F_ERR, File, lock, unlock};
use crate::abi::errno::{EAGAIN, EILSEQ};
use crate::abi::types::{c_int, wchar_t};
use crate::abi::wchar::WEOF;
use crate::errno::{errno, set_errno};

/// `fgetws` with the lock already taken.
///
/// # Safety
/// As `fgetws`; `f` is locked by the caller.
unsafe fn gets_locked(s: *mut wchar_t, n: c_int, f: *mut File) -> *mut wchar_t {
    if n <= 0 {
        // As musl: nothing to store; n == 0 returns s, negative sizes are nonsense.
        return if n == 0 { s } else { core::ptr::null_mut() };
    }
    // A sentinel so a partial character before end of file (EILSEQ) is noticed.
    set_errno(EAGAIN);
    let mut i = 0usize;
    // SAFETY: at most n - 1 characters and the terminator are stored.
    unsafe {
        while i + 1 < n as usize {
            let c = getwc_locked(f);
            if c == WEOF {
                break;
            }
            *s.add(i) = c as wchar_t;
            i += 1;
            if c == '\n' as u32 {
                break;
            }
        }
        *s.add(i) = 0;
        if (*f).flags & F_ERR != 0 || errno() == EILSEQ || i == 0 {
            return core::ptr::null_mut();
        }
    }
    s
}

/// `wchar_t *fgetws(wchar_t *restrict s, int n, FILE *restrict f);`
///
/// Reads at most `n - 1` wide characters, through a newline; null at end of file with
/// nothing read, or on an error.
///
/// # Safety
/// `s` writable for `n` elements; `f` must be a live stream.
///
/// # Errors
/// `EILSEQ` on an encoding error; `errno` as for `read`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetws(s: *mut wchar_t, n: c_int, f: *mut File) -> *mut wchar_t {
    // SAFETY: the caller guarantees `s` and `f`; the lock brackets the reads.
    unsafe {
        let locked = lock(f);
        let r = gets_locked(s, n, f);
        if locked {
            unlock(f);
        }
        r
    }
}

/// `wchar_t *fgetws_unlocked(wchar_t *restrict s, int n, FILE *restrict f);`
///
/// # Safety
/// As `fgetws`; the caller owns `f` or no other thread uses it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetws_unlocked(s: *mut wchar_t, n: c_int, f: *mut File) -> *mut wchar_t {
    // SAFETY: forwarded caller contract.
    unsafe { gets_locked(s, n, f) }
}

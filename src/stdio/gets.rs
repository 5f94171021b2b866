//! `gets` (C89 4.9.7.7, removed in C11; POSIX.1-2008 gets(); musl: src/stdio/gets.c).
//! Kept for old binaries; the header declares it only before C11, as musl's does.
use super::file::{EOF, F_EOF, File, lock, stdin_file, unlock};
use crate::abi::types::c_char;

/// `char *gets(char *s);`
///
/// Reads `stdin` up to a newline (dropped) or end of file into `s`, NUL-terminated.
/// Returns `s`, or null at end of file before any byte or on a read error.
///
/// # Safety
/// `s` must have room for the whole line: nothing bounds the write, which is why C11
/// removed this function.
///
/// # Errors
/// As `fgetc`: the read error's `errno`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn gets(s: *mut c_char) -> *mut c_char {
    let f: *mut File = stdin_file();
    // SAFETY: stdin is live; the caller guarantees room in `s`; the lock brackets the read.
    unsafe {
        let locked = lock(f);
        let mut i = 0;
        let mut c;
        loop {
            c = super::getc::getc_fast(f);
            if c == EOF || c == b'\n' as i32 {
                break;
            }
            *s.add(i) = c as c_char;
            i += 1;
        }
        *s.add(i) = 0;
        // A newline ends a line; end of file ends one only if something was read.
        let ok = c == b'\n' as i32 || ((*f).flags & F_EOF != 0 && i != 0);
        if locked {
            unlock(f);
        }
        if ok { s } else { core::ptr::null_mut() }
    }
}

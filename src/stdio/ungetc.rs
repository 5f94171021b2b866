//! `ungetc` (C17 7.21.7.10; musl: src/stdio/ungetc.c).
use super::file::{EOF, F_EOF, File, UNGET, lock, unlock};
use crate::abi::types::c_int;

/// Pushes `c` back in front of the read position; returns it, or `EOF` when `c` is `EOF`,
/// the stream cannot read, or the `UNGET` bytes of pushback space are used up.
///
/// # Safety
/// `f` is live and locked by the caller.
pub unsafe fn unget_locked(c: c_int, f: *mut File) -> c_int {
    if c == EOF {
        return EOF;
    }
    // SAFETY: the caller guarantees `f`; `rpos` stays within `[buf - UNGET, rend]`.
    unsafe {
        if (*f).rpos.is_null() {
            super::__toread::toread(f);
        }
        if (*f).rpos.is_null() || (*f).rpos <= (*f).buf.sub(UNGET) {
            return EOF;
        }
        (*f).rpos = (*f).rpos.sub(1);
        *(*f).rpos = c as u8;
        (*f).flags &= !F_EOF;
    }
    c as u8 as c_int
}

/// `int ungetc(int c, FILE *f);`
///
/// Pushes `(unsigned char)c` back onto `f` (at least one byte is always possible after a
/// read), clearing the end-of-file indicator; the file position moves back by one.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ungetc(c: c_int, f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`; the lock brackets the update.
    unsafe {
        let locked = lock(f);
        let r = unget_locked(c, f);
        if locked {
            unlock(f);
        }
        r
    }
}

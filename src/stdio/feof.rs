//! `feof`, `ferror`, `clearerr` and their `_unlocked` forms (C17 7.21.10; musl:
//! src/stdio/feof.c, ferror.c, clearerr.c).
use super::file::{F_EOF, F_ERR, File, lock, unlock};
use crate::abi::types::c_int;

/// `int feof(FILE *f);`
///
/// Non-zero when `f`'s end-of-file indicator is set.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn feof(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        let locked = lock(f);
        let r = ((*f).flags & F_EOF != 0) as c_int;
        if locked {
            unlock(f);
        }
        r
    }
}

/// `int ferror(FILE *f);`
///
/// Non-zero when `f`'s error indicator is set.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ferror(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        let locked = lock(f);
        let r = ((*f).flags & F_ERR != 0) as c_int;
        if locked {
            unlock(f);
        }
        r
    }
}

/// `void clearerr(FILE *f);`
///
/// Clears `f`'s end-of-file and error indicators.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn clearerr(f: *mut File) {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        let locked = lock(f);
        (*f).flags &= !(F_EOF | F_ERR);
        if locked {
            unlock(f);
        }
    }
}

/// `int feof_unlocked(FILE *f);`
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn feof_unlocked(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe { ((*f).flags & F_EOF != 0) as c_int }
}

/// `int ferror_unlocked(FILE *f);`
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ferror_unlocked(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe { ((*f).flags & F_ERR != 0) as c_int }
}

/// `void clearerr_unlocked(FILE *f);`
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn clearerr_unlocked(f: *mut File) {
    // SAFETY: the caller guarantees `f`.
    unsafe { (*f).flags &= !(F_EOF | F_ERR) };
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak _IO_feof_unlocked",
    ".set _IO_feof_unlocked, feof_unlocked",
    ".weak _IO_ferror_unlocked",
    ".set _IO_ferror_unlocked, ferror_unlocked",
);

//! `fgetc`, `getc`, `_IO_getc`, `getchar` and their `_unlocked` forms (C17 7.21.7.1,
//! 7.21.7.5, 7.21.7.6; POSIX getc_unlocked; musl: src/stdio/fgetc.c, getc.c,
//! getc_unlocked.c, getchar.c, getchar_unlocked.c).
use super::file::{File, lock, unlock};
use crate::abi::types::c_int;

/// One byte from the buffer, refilling through `__uflow` when it is empty.
///
/// # Safety
/// `f` is live and locked by the caller.
#[inline(always)]
pub unsafe fn getc_fast(f: *mut File) -> c_int {
    // SAFETY: `rpos < rend` means `rpos` points at a buffered byte.
    unsafe {
        if (*f).rpos != (*f).rend {
            let c = *(*f).rpos;
            (*f).rpos = (*f).rpos.add(1);
            c as c_int
        } else {
            super::__uflow::__uflow(f)
        }
    }
}

/// `int fgetc(FILE *f);`
///
/// The next byte as `unsigned char` converted to `int`, or `EOF` (end of file: end-of-file
/// indicator; read error: error indicator and `errno`).
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetc(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`; with one thread no lock is needed, and
    // `rpos < rend` means `rpos` points at a buffered byte.
    unsafe {
        if !crate::thread::state::multi_threaded() && (*f).rpos != (*f).rend {
            let c = *(*f).rpos;
            (*f).rpos = (*f).rpos.add(1);
            return c as c_int;
        }
        fgetc_locked(f)
    }
}

/// `fgetc` with the lock taken: kept out of line so that the buffered single-threaded
/// case above needs no stack frame.
///
/// # Safety
/// `f` must be a live stream.
#[inline(never)]
unsafe fn fgetc_locked(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`; the lock brackets the read.
    unsafe {
        let locked = lock(f);
        let c = getc_fast(f);
        if locked {
            unlock(f);
        }
        c
    }
}

/// `int getc_unlocked(FILE *f);`
///
/// `fgetc` without taking the lock.
///
/// # Safety
/// `f` must be a live stream; the caller serialises access to it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getc_unlocked(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe { getc_fast(f) }
}

/// `int getchar(void);`
///
/// `fgetc(stdin)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getchar() -> c_int {
    // SAFETY: stdin is always a live stream.
    unsafe { fgetc(super::stdin::stdin_file()) }
}

/// `int getchar_unlocked(void);`
///
/// `getc_unlocked(stdin)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getchar_unlocked() -> c_int {
    // SAFETY: stdin is always a live stream.
    unsafe { getc_fast(super::stdin::stdin_file()) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak getc",
    ".set getc, fgetc",
    ".weak _IO_getc",
    ".set _IO_getc, fgetc",
    ".weak fgetc_unlocked",
    ".set fgetc_unlocked, getc_unlocked",
    ".weak _IO_getc_unlocked",
    ".set _IO_getc_unlocked, getc_unlocked",
);

//! `fputc`, `putc`, `_IO_putc`, `putchar` and their `_unlocked` forms (C17 7.21.7.3,
//! 7.21.7.7, 7.21.7.8; POSIX putc_unlocked; musl: src/stdio/fputc.c, putc.c,
//! putc_unlocked.c, putchar.c, putchar_unlocked.c).
use super::file::{File, lock, unlock};
use crate::abi::types::c_int;

/// Stores one byte in the buffer, going through `__overflow` when it is full or the byte
/// flushes a line.
///
/// # Safety
/// `f` is live and locked by the caller.
#[inline(always)]
pub unsafe fn putc_fast(c: c_int, f: *mut File) -> c_int {
    let b = c as u8;
    // SAFETY: `wpos < wend` means `wpos` points into the buffer.
    unsafe {
        if b as c_int != (*f).lbf && (*f).wpos != (*f).wend {
            *(*f).wpos = b;
            (*f).wpos = (*f).wpos.add(1);
            b as c_int
        } else {
            super::__overflow::__overflow(f, b as c_int)
        }
    }
}

/// `int fputc(int c, FILE *f);`
///
/// Writes `(unsigned char)c`; returns it, or `EOF` with the error indicator set.
///
/// # Safety
/// `f` must be a live stream.
///
/// # Errors
/// `errno` as for `write` (`EBADF`, `ENOSPC`, `EPIPE`...).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fputc(c: c_int, f: *mut File) -> c_int {
    let b = c as u8;
    // SAFETY: the caller guarantees `f`; with one thread no lock is needed, and
    // `wpos < wend` means `wpos` points into the buffer.
    unsafe {
        if !crate::thread::state::multi_threaded()
            && b as c_int != (*f).lbf
            && (*f).wpos != (*f).wend
        {
            *(*f).wpos = b;
            (*f).wpos = (*f).wpos.add(1);
            return b as c_int;
        }
        fputc_locked(c, f)
    }
}

/// `fputc` with the lock taken: kept out of line so that the buffered single-threaded
/// case above needs no stack frame.
///
/// # Safety
/// `f` must be a live stream.
#[inline(never)]
unsafe fn fputc_locked(c: c_int, f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`; the lock brackets the write.
    unsafe {
        let locked = lock(f);
        let r = putc_fast(c, f);
        if locked {
            unlock(f);
        }
        r
    }
}

/// `int putc_unlocked(int c, FILE *f);`
///
/// `fputc` without taking the lock.
///
/// # Safety
/// `f` must be a live stream; the caller serialises access to it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn putc_unlocked(c: c_int, f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe { putc_fast(c, f) }
}

/// `int putchar(int c);`
///
/// `fputc(c, stdout)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn putchar(c: c_int) -> c_int {
    // SAFETY: stdout is always a live stream.
    unsafe { fputc(c, super::stdout::stdout_file()) }
}

/// `int putchar_unlocked(int c);`
///
/// `putc_unlocked(c, stdout)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn putchar_unlocked(c: c_int) -> c_int {
    // SAFETY: stdout is always a live stream.
    unsafe { putc_fast(c, super::stdout::stdout_file()) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak putc",
    ".set putc, fputc",
    ".weak _IO_putc",
    ".set _IO_putc, fputc",
    ".weak fputc_unlocked",
    ".set fputc_unlocked, putc_unlocked",
    ".weak _IO_putc_unlocked",
    ".set _IO_putc_unlocked, putc_unlocked",
);

//! `fflush`, `fflush_unlocked` (C17 7.21.5.2; musl: src/stdio/fflush.c).
use super::file::{EOF, File, lock, unlock};
use crate::abi::fcntl::SEEK_CUR;
use crate::abi::types::c_int;

/// Writes out pending output, gives unread input back to the file position, and leaves
/// the stream in neither mode. `EOF` if the write failed (error indicator and `errno`).
///
/// # Safety
/// `f` is live and locked by the caller.
pub unsafe fn flush_locked(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        if (*f).wpos != (*f).wbase {
            if let Some(w) = (*f).write {
                w(f, core::ptr::null(), 0);
            }
            if (*f).wpos.is_null() {
                return EOF;
            }
        }
        if (*f).rpos != (*f).rend
            && let Some(s) = (*f).seek
        {
            s(f, (*f).rpos as i64 - (*f).rend as i64, SEEK_CUR);
        }
        (*f).wpos = core::ptr::null_mut();
        (*f).wbase = core::ptr::null_mut();
        (*f).wend = core::ptr::null_mut();
        (*f).rpos = core::ptr::null_mut();
        (*f).rend = core::ptr::null_mut();
    }
    0
}

/// Flushes `f` if it has pending output, under its lock.
///
/// # Safety
/// `f` is a live stream.
unsafe fn flush_if_writing(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        let locked = lock(f);
        let r = if (*f).wpos != (*f).wbase {
            flush_locked(f)
        } else {
            0
        };
        if locked {
            unlock(f);
        }
        r
    }
}

/// Flushes every stream with pending output; `EOF` if any failed.
pub fn flush_all() -> c_int {
    // SAFETY: the standard streams are static; list members stay live while the list
    // lock is held (fclose unlinks under it).
    unsafe {
        let mut r = flush_if_writing(super::stdout::stdout_file());
        r |= flush_if_writing(super::stderr::stderr_file());
        let mut f = super::ofl::lock_list();
        while !f.is_null() {
            r |= flush_if_writing(f);
            f = (*f).next;
        }
        super::ofl::unlock_list();
        r
    }
}

/// `int fflush(FILE *f);`
///
/// Writes out `f`'s buffered output (every stream's when `f` is null); on an input
/// stream, discards buffered input and moves the file position back to the next unread
/// byte.
///
/// # Safety
/// `f` must be null or a live stream.
///
/// # Errors
/// Returns `EOF` with the error indicator and `errno` set when a write fails.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fflush(f: *mut File) -> c_int {
    if f.is_null() {
        return flush_all();
    }
    // SAFETY: the caller guarantees `f`; the lock brackets the flush.
    unsafe {
        let locked = lock(f);
        let r = flush_locked(f);
        if locked {
            unlock(f);
        }
        r
    }
}

/// `int fflush_unlocked(FILE *f);`
///
/// `fflush` without taking the lock (null still means every stream).
///
/// # Safety
/// As `fflush`; the caller serialises access to `f`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fflush_unlocked(f: *mut File) -> c_int {
    if f.is_null() {
        return flush_all();
    }
    // SAFETY: the caller guarantees `f`.
    unsafe { flush_locked(f) }
}

//! `fseek`, `fseeko`, `rewind` (C17 7.21.9.2, 7.21.9.5; musl: src/stdio/fseek.c, rewind.c).
use super::file::{F_EOF, F_ERR, File, lock, unlock};
use crate::abi::errno::EINVAL;
use crate::abi::fcntl::{SEEK_CUR, SEEK_END, SEEK_SET};
use crate::abi::types::{c_int, c_long, off_t};

/// Flushes pending output, discards buffered input and repositions; clears the
/// end-of-file indicator. 0, or -1 with `errno`.
///
/// # Safety
/// `f` is live and locked by the caller.
pub unsafe fn seek_locked(f: *mut File, mut off: off_t, whence: c_int) -> c_int {
    if !matches!(whence, SEEK_SET | SEEK_CUR | SEEK_END) {
        crate::errno::set_errno(EINVAL);
        return -1;
    }
    // SAFETY: the caller guarantees `f`.
    unsafe {
        // The fd is ahead of the reader by the unread buffered bytes.
        if whence == SEEK_CUR && !(*f).rend.is_null() {
            off -= (*f).rend as off_t - (*f).rpos as off_t;
        }
        if (*f).wpos != (*f).wbase {
            if let Some(w) = (*f).write {
                w(f, core::ptr::null(), 0);
            }
            if (*f).wpos.is_null() {
                return -1;
            }
        }
        (*f).wpos = core::ptr::null_mut();
        (*f).wbase = core::ptr::null_mut();
        (*f).wend = core::ptr::null_mut();
        let Some(seek) = (*f).seek else {
            crate::errno::set_errno(crate::abi::errno::ESPIPE);
            return -1;
        };
        if seek(f, off, whence) < 0 {
            return -1;
        }
        (*f).rpos = core::ptr::null_mut();
        (*f).rend = core::ptr::null_mut();
        (*f).flags &= !F_EOF;
    }
    0
}

/// `int fseeko(FILE *f, off_t off, int whence);`
///
/// Moves `f` to `off` from the start, the current position or the end.
///
/// # Safety
/// `f` must be a live stream.
///
/// # Errors
/// `EINVAL` (bad `whence` or resulting offset), `ESPIPE`, or a flush error.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fseeko(f: *mut File, off: off_t, whence: c_int) -> c_int {
    // SAFETY: forwarded contract; the lock brackets the seek.
    unsafe {
        let locked = lock(f);
        let r = seek_locked(f, off, whence);
        if locked {
            unlock(f);
        }
        r
    }
}

/// `int fseek(FILE *f, long off, int whence);`
///
/// `fseeko` with a `long` offset (the same width here).
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fseek(f: *mut File, off: c_long, whence: c_int) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { fseeko(f, off, whence) }
}

/// `void rewind(FILE *f);`
///
/// Seeks to the start and clears the error indicator.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn rewind(f: *mut File) {
    // SAFETY: the caller guarantees `f`; the lock brackets the update.
    unsafe {
        let locked = lock(f);
        seek_locked(f, 0, SEEK_SET);
        (*f).flags &= !F_ERR;
        if locked {
            unlock(f);
        }
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak fseeko64", ".set fseeko64, fseeko");

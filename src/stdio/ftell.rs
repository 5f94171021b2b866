//! `ftell`, `ftello`, `fgetpos`, `fsetpos` (C17 7.21.9.1, 7.21.9.3-4; musl:
//! src/stdio/ftell.c, fgetpos.c, fsetpos.c).
use super::file::{F_APP, File, lock, unlock};
use crate::abi::fcntl::{SEEK_CUR, SEEK_END, SEEK_SET};
use crate::abi::stdio::fpos_t;
use crate::abi::types::{c_int, c_long, off_t};

/// The logical position: the backend's, less unread buffered input or plus pending output.
///
/// # Safety
/// `f` is live and locked by the caller.
pub unsafe fn tell_locked(f: *mut File) -> off_t {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        let Some(seek) = (*f).seek else {
            crate::errno::set_errno(crate::abi::errno::ESPIPE);
            return -1;
        };
        let appending = (*f).flags & F_APP != 0 && (*f).wpos != (*f).wbase;
        let pos = seek(f, 0, if appending { SEEK_END } else { SEEK_CUR });
        if pos < 0 {
            return pos;
        }
        if !(*f).rend.is_null() {
            pos + (*f).rpos as off_t - (*f).rend as off_t
        } else if !(*f).wbase.is_null() {
            pos + (*f).wpos as off_t - (*f).wbase as off_t
        } else {
            pos
        }
    }
}

/// `off_t ftello(FILE *f);`
///
/// The current position of `f`, or -1.
///
/// # Safety
/// `f` must be a live stream.
///
/// # Errors
/// `ESPIPE` (not seekable), `EBADF`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ftello(f: *mut File) -> off_t {
    // SAFETY: forwarded contract; the lock brackets the query.
    unsafe {
        let locked = lock(f);
        let r = tell_locked(f);
        if locked {
            unlock(f);
        }
        r
    }
}

/// `long ftell(FILE *f);`
///
/// `ftello` as a `long` (the same width here).
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ftell(f: *mut File) -> c_long {
    // SAFETY: forwarded contract.
    unsafe { ftello(f) }
}

/// `int fgetpos(FILE *restrict f, fpos_t *restrict pos);`
///
/// Stores the position in `*pos`; 0, or -1 with `errno`.
///
/// # Safety
/// `f` a live stream; `pos` writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetpos(f: *mut File, pos: *mut fpos_t) -> c_int {
    // SAFETY: forwarded contract.
    unsafe {
        let off = ftello(f);
        if off < 0 {
            return -1;
        }
        (*pos).__lldata = off;
    }
    0
}

/// `int fsetpos(FILE *f, const fpos_t *pos);`
///
/// Returns to a position `fgetpos` stored.
///
/// # Safety
/// `f` a live stream; `pos` from `fgetpos`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fsetpos(f: *mut File, pos: *const fpos_t) -> c_int {
    // SAFETY: forwarded contract; fgetpos stored the offset in `__lldata`.
    unsafe { super::fseek::fseeko(f, (*pos).__lldata, SEEK_SET) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak ftello64",
    ".set ftello64, ftello",
    ".weak fgetpos64",
    ".set fgetpos64, fgetpos",
    ".weak fsetpos64",
    ".set fsetpos64, fsetpos",
);

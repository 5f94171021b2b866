//! `readdir_r` (POSIX.1-2008, obsolescent; musl: src/dirent/readdir_r.c).
use super::__dirent::{Dir, next};
use crate::abi::dirent::dirent;
use crate::abi::errno::ENOENT;
use crate::abi::types::c_int;

/// `int readdir_r(DIR *restrict d, struct dirent *restrict buf, struct dirent **restrict res);`
///
/// Copies the next entry into `buf` and sets `*res` to `buf`, or to null at the end.
/// Returns 0 or an error number; `errno` is left alone.
///
/// # Safety
/// `d` is a live stream; `buf` holds a `struct dirent`; `res` is writable.
///
/// # Errors
/// `EBADF`, `EIO`... as the return value.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn readdir_r(d: *mut Dir, buf: *mut dirent, res: *mut *mut dirent) -> c_int {
    // SAFETY: the caller guarantees `d`.
    let d = unsafe { &mut *d };
    d.lock.lock();
    let r = next(d);
    let (ret, out) = match r {
        Ok(Some(de)) => {
            // SAFETY: `de` is a whole record (d_reclen bytes, at most a struct dirent)
            // and `buf` is a caller-provided struct dirent; they don't overlap.
            unsafe {
                let len = ((*de).d_reclen as usize).min(core::mem::size_of::<dirent>());
                core::ptr::copy_nonoverlapping(de.cast::<u8>(), buf.cast::<u8>(), len);
            }
            (0, buf)
        }
        Ok(None) => (0, core::ptr::null_mut()),
        Err(e) if e.0 == ENOENT => (0, core::ptr::null_mut()),
        Err(e) => (e.0, core::ptr::null_mut()),
    };
    d.lock.unlock();
    // SAFETY: the caller guarantees `res`.
    unsafe { *res = out };
    ret
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak readdir64_r", ".set readdir64_r, readdir_r");

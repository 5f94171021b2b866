//! `readdir` (POSIX.1-2017 readdir(); musl: src/dirent/readdir.c).
use super::__dirent::{Dir, next};
use crate::abi::dirent::dirent;
use crate::abi::errno::ENOENT;
use crate::errno::set_errno;

/// `struct dirent *readdir(DIR *d);`: the next entry, or null at the end (errno
/// unchanged) or on error.
///
/// The entry lives in the stream's buffer until the next readdir/rewinddir/seekdir/closedir.
///
/// # Safety
/// `d` is a live stream, not used by another thread at the same time.
///
/// # Errors
/// `EBADF`, `EIO`... (`ENOENT` from a removed directory is reported as the end, as in musl).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn readdir(d: *mut Dir) -> *mut dirent {
    // SAFETY: the caller guarantees `d`.
    match next(unsafe { &mut *d }) {
        Ok(Some(de)) => de,
        Ok(None) => core::ptr::null_mut(),
        Err(e) => {
            if e.0 != ENOENT {
                set_errno(e.0);
            }
            core::ptr::null_mut()
        }
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak readdir64", ".set readdir64, readdir");

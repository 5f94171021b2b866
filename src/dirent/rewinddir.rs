//! `rewinddir` (POSIX.1-2017 rewinddir(); musl: src/dirent/rewinddir.c).
use super::__dirent::{Dir, reset};
use crate::abi::fcntl::SEEK_SET;
use crate::sys::fs;

/// `void rewinddir(DIR *d);`: back to the first entry.
///
/// # Safety
/// `d` is a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn rewinddir(d: *mut Dir) {
    // SAFETY: the caller guarantees `d`.
    let d = unsafe { &mut *d };
    d.lock.lock();
    let _ = fs::lseek(d.fd, 0, SEEK_SET);
    reset(d, 0);
    d.lock.unlock();
}

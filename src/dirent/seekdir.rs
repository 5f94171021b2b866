//! `seekdir` (POSIX.1-2017 seekdir(); musl: src/dirent/seekdir.c).
use super::__dirent::{Dir, reset};
use crate::abi::fcntl::SEEK_SET;
use crate::abi::types::c_long;
use crate::sys::fs;

/// `void seekdir(DIR *d, long pos);`: `pos` is a value `telldir` returned for `d`.
///
/// # Safety
/// `d` is a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn seekdir(d: *mut Dir, pos: c_long) {
    // SAFETY: the caller guarantees `d`.
    let d = unsafe { &mut *d };
    d.lock.lock();
    let tell = fs::lseek(d.fd, pos, SEEK_SET).unwrap_or(-1);
    reset(d, tell);
    d.lock.unlock();
}

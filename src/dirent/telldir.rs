//! `telldir` (POSIX.1-2017 telldir(); musl: src/dirent/telldir.c).
use super::__dirent::Dir;
use crate::abi::types::c_long;

/// `long telldir(DIR *d);`: the position after the last entry returned, for `seekdir`.
///
/// # Safety
/// `d` is a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn telldir(d: *mut Dir) -> c_long {
    // SAFETY: the caller guarantees `d`.
    unsafe { (*d).tell }
}

//! `dirfd` (POSIX.1-2017 dirfd(); musl: src/dirent/dirfd.c).
use super::__dirent::Dir;
use crate::abi::types::c_int;

/// `int dirfd(DIR *d);`: the stream's descriptor.
///
/// # Safety
/// `d` is a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn dirfd(d: *mut Dir) -> c_int {
    // SAFETY: the caller guarantees `d`.
    unsafe { (*d).fd }
}

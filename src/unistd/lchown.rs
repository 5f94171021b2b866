//! `lchown` (POSIX.1-2017 lchown(); musl: src/unistd/lchown.c).
use crate::abi::types::{c_char, c_int, gid_t, uid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int lchown(const char *path, uid_t uid, gid_t gid);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// As `chown`; a symbolic link itself is changed.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn lchown(path: *const c_char, uid: uid_t, gid: gid_t) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe { syscall3(SYS_lchown, path as usize, uid as usize, gid as usize) })
        as c_int
}

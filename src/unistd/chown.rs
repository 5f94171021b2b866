//! `chown` (POSIX.1-2017 chown(); musl: src/unistd/chown.c).
use crate::abi::types::{c_char, c_int, gid_t, uid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int chown(const char *path, uid_t uid, gid_t gid);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// `EPERM`, `ENOENT`, `EACCES`, `EROFS`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn chown(path: *const c_char, uid: uid_t, gid: gid_t) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe { syscall3(SYS_chown, path as usize, uid as usize, gid as usize) })
        as c_int
}

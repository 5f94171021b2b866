//! `fchown` (POSIX.1-2017 fchown(); musl: src/unistd/fchown.c).
use crate::abi::types::{c_int, gid_t, uid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int fchown(int fd, uid_t uid, gid_t gid);`
///
/// # Errors
/// `EBADF`, `EPERM`, `EROFS`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn fchown(fd: c_int, uid: uid_t, gid: gid_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall3(SYS_fchown, fd as usize, uid as usize, gid as usize) }) as c_int
}

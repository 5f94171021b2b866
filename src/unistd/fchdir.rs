//! `fchdir` (POSIX.1-2017 fchdir(); musl: src/unistd/fchdir.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `int fchdir(int fd);`
///
/// # Errors
/// `EBADF`, `ENOTDIR`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn fchdir(fd: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_fchdir, fd as usize) }) as c_int
}

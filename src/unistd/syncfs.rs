//! `syncfs` (Linux; musl: src/unistd/syncfs.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `int syncfs(int fd);`
///
/// # Errors
/// `EBADF`, `EIO`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn syncfs(fd: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_syncfs, fd as usize) }) as c_int
}

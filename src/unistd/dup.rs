//! `dup` (POSIX.1-2017 dup(); musl: src/unistd/dup.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `int dup(int fd);`
///
/// # Errors
/// `EBADF`, `EMFILE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn dup(fd: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_dup, fd as usize) }) as c_int
}

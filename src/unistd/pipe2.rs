//! `pipe2` (POSIX.1-2024 pipe2(); musl: src/unistd/pipe2.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int pipe2(int fd[2], int flags);`
///
/// # Safety
/// `fd` must be writable for two `int`s.
///
/// # Errors
/// `EFAULT`, `EINVAL` (bad flags), `EMFILE`, `ENFILE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pipe2(fd: *mut c_int, flags: c_int) -> c_int {
    // SAFETY: the caller guarantees room for two descriptors.
    __syscall_ret(unsafe { syscall2(SYS_pipe2, fd as usize, flags as usize) }) as c_int
}

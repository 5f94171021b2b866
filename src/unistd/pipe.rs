//! `pipe` (POSIX.1-2017 pipe(); musl: src/unistd/pipe.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int pipe(int fd[2]);`
///
/// # Safety
/// `fd` must be writable for two `int`s.
///
/// # Errors
/// `EFAULT`, `EMFILE`, `ENFILE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pipe(fd: *mut c_int) -> c_int {
    // SAFETY: the caller guarantees room for two descriptors.
    __syscall_ret(unsafe { syscall2(SYS_pipe2, fd as usize, 0) }) as c_int
}

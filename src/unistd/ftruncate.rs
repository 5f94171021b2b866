//! `ftruncate` (POSIX.1-2017 ftruncate(); musl: src/unistd/ftruncate.c).
use crate::abi::types::{c_int, off_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int ftruncate(int fd, off_t len);`
///
/// # Errors
/// `EBADF`, `EINVAL` (negative length or not writable), `EFBIG`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ftruncate(fd: c_int, len: off_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_ftruncate, fd as usize, len as usize) }) as c_int
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak ftruncate64", ".set ftruncate64, ftruncate");

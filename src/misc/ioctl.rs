//! `ioctl` body (POSIX.1-2008 STREAMS-era ioctl(), Linux ioctl(2); musl: src/misc/ioctl.c).
//! The variadic C entry point is in src/shim/fcntl.c.
use crate::abi::types::{c_int, c_ulong};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int ioctl(int fd, int req, ...);` with the argument already fetched.
///
/// # Safety
/// `arg` must be what `req` expects (often a pointer to a request-specific struct).
///
/// # Errors
/// `EBADF`, `ENOTTY` (request not for this kind of file), `EINVAL`, `EFAULT`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __rcc_ioctl(fd: c_int, req: c_int, arg: c_ulong) -> c_int {
    // The kernel takes the request as unsigned int: keep only its 32 bits.
    // SAFETY: the caller guarantees `arg` matches `req`.
    __syscall_ret(unsafe { syscall3(SYS_ioctl, fd as usize, req as u32 as usize, arg as usize) })
        as c_int
}

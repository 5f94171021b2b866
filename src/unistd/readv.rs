//! `readv` (POSIX.1-2017 readv(); musl: src/unistd/readv.c).
use crate::abi::types::{c_int, ssize_t};
use crate::abi::uio::iovec;
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp3;

/// `ssize_t readv(int fd, const struct iovec *iov, int cnt);`
///
/// # Safety
/// `iov` must point at `cnt` iovecs whose buffers are valid for their lengths.
///
/// # Errors
/// `EBADF`, `EFAULT`, `EINVAL` (`cnt` outside 0..=1024 or lengths overflow), `EINTR`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn readv(fd: c_int, iov: *const iovec, cnt: c_int) -> ssize_t {
    // SAFETY: the caller guarantees the iovecs.
    __syscall_ret(unsafe { cp3(SYS_readv, fd as usize, iov as usize, cnt as usize) })
}

//! `flock` (BSD; Linux flock(2); musl: src/linux/flock.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_flock, syscall2};

/// `int flock(int fd, int op);`: `LOCK_SH`, `LOCK_EX` or `LOCK_UN`, optionally `| LOCK_NB`.
///
/// # Errors
/// `EBADF`, `EINTR`, `EINVAL` (bad `op`), `ENOLCK`, `EWOULDBLOCK` (`LOCK_NB` and held).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn flock(fd: c_int, op: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_flock, fd as usize, op as usize) }) as c_int
}

//! `poll` (POSIX.1-2017 poll(); musl: src/select/poll.c).
use crate::abi::poll::{nfds_t, pollfd};
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::nr::SYS_poll;
use crate::thread::syscall_cp::cp3;

/// `int poll(struct pollfd fds[], nfds_t n, int timeout);`
///
/// `timeout` is in milliseconds; negative waits for ever, 0 returns at once.
///
/// # Safety
/// `fds` must point at `n` writable `struct pollfd`s.
///
/// # Errors
/// `EFAULT`, `EINTR`, `EINVAL` (`n` above `RLIMIT_NOFILE`), `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn poll(fds: *mut pollfd, n: nfds_t, timeout: c_int) -> c_int {
    // SAFETY: the caller guarantees `fds`; the kernel checks it too.
    __syscall_ret(unsafe { cp3(SYS_poll, fds as usize, n as usize, timeout as usize) }) as c_int
}

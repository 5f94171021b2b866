//! `ppoll` (GNU; musl: src/linux/ppoll.c).
use crate::abi::poll::{nfds_t, pollfd};
use crate::abi::signal::sigset_t;
use crate::abi::time::timespec;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::nr::SYS_ppoll;
use crate::sys::signal::KSET;
use crate::thread::syscall_cp::cp5;

/// `int ppoll(struct pollfd *fds, nfds_t n, const struct timespec *to, const sigset_t *mask);`
///
/// The kernel writes the time left back into its timeout argument; `to` is `const`, so
/// it gets a copy.
///
/// # Safety
/// `fds` points at `n` `struct pollfd`s; `to` and `mask` are null or valid.
///
/// # Errors
/// `EFAULT`, `EINTR`, `EINVAL` (bad timeout or `n`), `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ppoll(
    fds: *mut pollfd,
    n: nfds_t,
    to: *const timespec,
    mask: *const sigset_t,
) -> c_int {
    let mut copy = if to.is_null() {
        None
    } else {
        // SAFETY: the caller guarantees a non-null `to` is readable.
        Some(unsafe { *to })
    };
    let tp = copy.as_mut().map_or(0, |t| t as *mut timespec as usize);
    // SAFETY: the caller guarantees `fds` and `mask`; `tp` is null or `copy`.
    __syscall_ret(unsafe { cp5(SYS_ppoll, fds as usize, n as usize, tp, mask as usize, KSET) })
        as c_int
}

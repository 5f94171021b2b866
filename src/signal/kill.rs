//! `kill` (POSIX kill(); musl: src/signal/kill.c).
use crate::abi::types::{c_int, pid_t};
use crate::errno::c_ret;

/// `int kill(pid_t pid, int sig);`
///
/// # Errors
/// `EINVAL`, `EPERM`, `ESRCH` as the kernel reports them.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn kill(pid: pid_t, sig: c_int) -> c_int {
    c_ret(crate::sys::signal::kill(pid, sig).map(|()| 0), -1)
}

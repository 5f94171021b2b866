//! `setpgid` (POSIX.1-2017 setpgid(); musl: src/unistd/setpgid.c).
use crate::abi::types::{c_int, pid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int setpgid(pid_t pid, pid_t pgid);`
///
/// # Errors
/// `EACCES` (child already exec'd), `EINVAL`, `EPERM`, `ESRCH`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setpgid(pid: pid_t, pgid: pid_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_setpgid, pid as usize, pgid as usize) }) as c_int
}

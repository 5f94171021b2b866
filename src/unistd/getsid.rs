//! `getsid` (POSIX.1-2017 getsid(); musl: src/unistd/getsid.c).
use crate::abi::types::pid_t;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `pid_t getsid(pid_t pid);`
///
/// # Errors
/// `ESRCH`, `EPERM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getsid(pid: pid_t) -> pid_t {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_getsid, pid as usize) }) as pid_t
}

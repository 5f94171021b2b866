//! `getpgid` (POSIX.1-2017 getpgid(); musl: src/unistd/getpgid.c).
use crate::abi::types::pid_t;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `pid_t getpgid(pid_t pid);`
///
/// # Errors
/// `ESRCH`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getpgid(pid: pid_t) -> pid_t {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_getpgid, pid as usize) }) as pid_t
}

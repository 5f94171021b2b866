//! `setsid` (POSIX.1-2017 setsid(); musl: src/unistd/setsid.c).
use crate::abi::types::pid_t;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall0};

/// `pid_t setsid(void);`
///
/// # Errors
/// `EPERM` (already a group leader).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setsid() -> pid_t {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall0(SYS_setsid) }) as pid_t
}

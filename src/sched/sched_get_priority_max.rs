//! `sched_get_priority_max`, `sched_get_priority_min` (POSIX; musl:
//! src/sched/sched_get_priority_max.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `int sched_get_priority_max(int policy);`
///
/// # Errors
/// `EINVAL` (unknown policy).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sched_get_priority_max(policy: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_sched_get_priority_max, policy as usize) }) as c_int
}

/// `int sched_get_priority_min(int policy);`
///
/// # Errors
/// `EINVAL` (unknown policy).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sched_get_priority_min(policy: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_sched_get_priority_min, policy as usize) }) as c_int
}

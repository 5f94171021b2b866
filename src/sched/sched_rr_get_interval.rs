//! `sched_rr_get_interval` (POSIX; musl: src/sched/sched_rr_get_interval.c).
use crate::abi::time::timespec;
use crate::abi::types::{c_int, pid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_sched_rr_get_interval, syscall2};

/// `int sched_rr_get_interval(pid_t pid, struct timespec *ts);`
///
/// # Safety
/// `ts` must be writable.
///
/// # Errors
/// `ESRCH`, `EFAULT`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sched_rr_get_interval(pid: pid_t, ts: *mut timespec) -> c_int {
    // SAFETY: the caller guarantees `ts`.
    __syscall_ret(unsafe { syscall2(SYS_sched_rr_get_interval, pid as usize, ts as usize) })
        as c_int
}

//! `sched_getparam`, `sched_setparam`, `sched_getscheduler`, `sched_setscheduler`
//! (POSIX; musl: src/sched/sched_getparam.c, sched_setparam.c, sched_getscheduler.c,
//! sched_setscheduler.c). As musl: `ENOSYS`, because Linux applies these to one thread,
//! while POSIX defines them for the whole process.
use crate::abi::errno::ENOSYS;
use crate::abi::sched::sched_param;
use crate::abi::types::{c_int, pid_t};
use crate::errno::set_errno;

fn unsupported() -> c_int {
    set_errno(ENOSYS);
    -1
}

/// `int sched_getparam(pid_t pid, struct sched_param *param);`
///
/// # Errors
/// Always `ENOSYS` (see the file header).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sched_getparam(_pid: pid_t, _param: *mut sched_param) -> c_int {
    unsupported()
}

/// `int sched_setparam(pid_t pid, const struct sched_param *param);`
///
/// # Errors
/// Always `ENOSYS`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sched_setparam(_pid: pid_t, _param: *const sched_param) -> c_int {
    unsupported()
}

/// `int sched_getscheduler(pid_t pid);`
///
/// # Errors
/// Always `ENOSYS`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sched_getscheduler(_pid: pid_t) -> c_int {
    unsupported()
}

/// `int sched_setscheduler(pid_t pid, int policy, const struct sched_param *param);`
///
/// # Errors
/// Always `ENOSYS`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sched_setscheduler(
    _pid: pid_t,
    _policy: c_int,
    _param: *const sched_param,
) -> c_int {
    unsupported()
}

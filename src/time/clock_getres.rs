//! `clock_getres`, `clock_settime`, `clock_getcpuclockid`, `timespec_get` (POSIX; C17
//! 7.27.2.5; musl: src/time/clock_getres.c, clock_settime.c, clock_getcpuclockid.c, timespec_get.c).
use crate::abi::time::{TIME_UTC, timespec};
use crate::abi::types::{c_int, clockid_t, pid_t};
use crate::errno::c_ret;
use crate::sys::nr::{SYS_clock_getres, SYS_clock_settime};
use crate::sys::signal::call2;

/// `int clock_getres(clockid_t clock_id, struct timespec *res);`
///
/// # Safety
/// `res` is null or writable.
///
/// # Errors
/// `EINVAL` for an unknown clock.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn clock_getres(clk: clockid_t, res: *mut timespec) -> c_int {
    // SAFETY: the caller guarantees `res`.
    c_ret(
        unsafe { call2(SYS_clock_getres, clk as usize, res as usize) }.map(|_| 0),
        -1,
    )
}

/// `int clock_settime(clockid_t clock_id, const struct timespec *tp);`
///
/// # Safety
/// `tp` must be valid.
///
/// # Errors
/// `EINVAL`, `EPERM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn clock_settime(clk: clockid_t, tp: *const timespec) -> c_int {
    // SAFETY: the caller guarantees `tp`.
    c_ret(
        unsafe { call2(SYS_clock_settime, clk as usize, tp as usize) }.map(|_| 0),
        -1,
    )
}

/// `int clock_getcpuclockid(pid_t pid, clockid_t *clock_id);` — the kernel's CPU-time
/// clock of process `pid`; returns the error number instead of setting errno.
///
/// # Safety
/// `clock_id` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn clock_getcpuclockid(pid: pid_t, clock_id: *mut clockid_t) -> c_int {
    // The kernel's encoding: (~pid << 3) | CPUCLOCK_SCHED (2).
    let id = ((!pid) << 3) | 2;
    let mut ts = timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is writable.
    match unsafe { call2(SYS_clock_getres, id as usize, &raw mut ts as usize) } {
        Ok(_) => {
            // SAFETY: the caller guarantees `clock_id`.
            unsafe { *clock_id = id };
            0
        }
        Err(crate::sys::Errno(e)) if e == crate::abi::errno::EINVAL => crate::abi::errno::ESRCH,
        Err(crate::sys::Errno(e)) => e,
    }
}

/// `int timespec_get(struct timespec *ts, int base);` — `base` on success, 0 otherwise.
///
/// # Safety
/// `ts` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn timespec_get(ts: *mut timespec, base: c_int) -> c_int {
    if base != TIME_UTC {
        return 0;
    }
    match super::clock_gettime::now(0) {
        Ok(t) => {
            // SAFETY: the caller guarantees `ts`.
            unsafe { *ts = t };
            base
        }
        Err(_) => 0,
    }
}

//! `clock_nanosleep`, `nanosleep` (POSIX; musl: src/time/clock_nanosleep.c, nanosleep.c).
use crate::abi::errno::EINVAL;
use crate::abi::time::{CLOCK_THREAD_CPUTIME_ID, timespec};
use crate::abi::types::{c_int, clockid_t};
use crate::errno::c_ret;
use crate::sys::nr::{SYS_clock_nanosleep, SYS_nanosleep};

/// `int clock_nanosleep(clockid_t clock_id, int flags, const struct timespec *rqtp,
/// struct timespec *rmtp);` — returns the error number (0 on success); with
/// `TIMER_ABSTIME` sleeps until `*rqtp`, else for it, storing what remains in `*rmtp`
/// when interrupted.
///
/// # Safety
/// `rqtp` valid; `rmtp` null or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn clock_nanosleep(
    clk: clockid_t,
    flags: c_int,
    rqtp: *const timespec,
    rmtp: *mut timespec,
) -> c_int {
    if clk == CLOCK_THREAD_CPUTIME_ID {
        return EINVAL;
    }
    // A cancellation point; the kernel reads *rqtp and writes *rmtp (caller-guaranteed).
    let r = crate::thread::pthread_cancel::syscall_cp(
        SYS_clock_nanosleep,
        clk as usize,
        flags as usize,
        rqtp as usize,
        rmtp as usize,
        0,
        0,
    );
    match crate::sys::check(r) {
        Ok(_) => 0,
        Err(e) => e.0,
    }
}

/// `int nanosleep(const struct timespec *rqtp, struct timespec *rmtp);`
///
/// # Safety
/// `rqtp` valid; `rmtp` null or writable.
///
/// # Errors
/// `EINTR` (with the remaining time in `*rmtp`), `EINVAL` for a bad `tv_nsec`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn nanosleep(rqtp: *const timespec, rmtp: *mut timespec) -> c_int {
    // A cancellation point; the kernel reads *rqtp and writes *rmtp (caller-guaranteed).
    let r = crate::thread::pthread_cancel::syscall_cp(
        SYS_nanosleep,
        rqtp as usize,
        rmtp as usize,
        0,
        0,
        0,
        0,
    );
    c_ret(crate::sys::check(r).map(|_| 0), -1)
}

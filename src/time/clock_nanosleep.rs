//! `clock_nanosleep`, `nanosleep` (POSIX; musl: src/time/clock_nanosleep.c, nanosleep.c).
use crate::abi::errno::EINVAL;
use crate::abi::time::{CLOCK_THREAD_CPUTIME_ID, timespec};
use crate::abi::types::{c_int, clockid_t};
use crate::errno::c_ret;
use crate::sys::nr::{SYS_clock_nanosleep, SYS_nanosleep};
use crate::sys::signal::{call2, call4};

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
    // SAFETY: the caller guarantees both pointers.
    match unsafe {
        call4(
            SYS_clock_nanosleep,
            clk as usize,
            flags as usize,
            rqtp as usize,
            rmtp as usize,
        )
    } {
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
    // SAFETY: the caller guarantees both pointers.
    c_ret(
        unsafe { call2(SYS_nanosleep, rqtp as usize, rmtp as usize) }.map(|_| 0),
        -1,
    )
}

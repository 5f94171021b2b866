//! POSIX per-process timers: `timer_create`, `timer_delete`, `timer_settime`,
//! `timer_gettime`, `timer_getoverrun` (musl: src/time/timer_*.c). `SIGEV_SIGNAL` and
//! `SIGEV_NONE` only; the `timer_t` is the kernel's timer id.
use crate::abi::errno::ENOTSUP;
use crate::abi::signal::{SIGEV_NONE, SIGEV_SIGNAL, SIGEV_THREAD_ID, sigevent};
use crate::abi::time::itimerspec;
use crate::abi::types::{c_int, c_void, clockid_t, timer_t};
use crate::errno::{c_ret, set_errno};
use crate::sys::nr::*;
use crate::sys::signal::{call1, call2, call3, call4};

/// `int timer_create(clockid_t clockid, struct sigevent *restrict evp, timer_t *restrict timerid);`
///
/// # Safety
/// `evp` null or valid; `timerid` writable.
///
/// # Errors
/// `EINVAL`, `EAGAIN`; `ENOTSUP` for `SIGEV_THREAD`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn timer_create(
    clk: clockid_t,
    evp: *mut sigevent,
    timerid: *mut timer_t,
) -> c_int {
    // SAFETY: the caller guarantees `evp` is null or valid.
    if let Some(ev) = unsafe { evp.as_ref() }
        && !matches!(ev.sigev_notify, SIGEV_SIGNAL | SIGEV_NONE | SIGEV_THREAD_ID)
    {
        // DIFF(musl): SIGEV_THREAD timers need the threads layer; not yet.
        set_errno(ENOTSUP);
        return -1;
    }
    let mut id: c_int = 0;
    // SAFETY: the user's sigevent has the kernel's layout; `id` is writable.
    let r = unsafe {
        call3(
            SYS_timer_create,
            clk as usize,
            evp as usize,
            &raw mut id as usize,
        )
    };
    c_ret(
        r.map(|_| {
            // SAFETY: the caller guarantees `timerid`.
            unsafe { *timerid = id as isize as *mut c_void };
            0
        }),
        -1,
    )
}

/// `int timer_delete(timer_t timerid);`
///
/// # Errors
/// `EINVAL` for an unknown timer.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn timer_delete(timerid: timer_t) -> c_int {
    // SAFETY: no memory is passed.
    c_ret(
        unsafe { call1(SYS_timer_delete, timerid as usize) }.map(|_| 0),
        -1,
    )
}

/// `int timer_settime(timer_t timerid, int flags, const struct itimerspec *restrict value,
/// struct itimerspec *restrict ovalue);`
///
/// # Safety
/// `value` valid; `ovalue` null or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn timer_settime(
    timerid: timer_t,
    flags: c_int,
    value: *const itimerspec,
    ovalue: *mut itimerspec,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    let r = unsafe {
        call4(
            SYS_timer_settime,
            timerid as usize,
            flags as usize,
            value as usize,
            ovalue as usize,
        )
    };
    c_ret(r.map(|_| 0), -1)
}

/// `int timer_gettime(timer_t timerid, struct itimerspec *value);`
///
/// # Safety
/// `value` writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn timer_gettime(timerid: timer_t, value: *mut itimerspec) -> c_int {
    // SAFETY: the caller guarantees `value`.
    c_ret(
        unsafe { call2(SYS_timer_gettime, timerid as usize, value as usize) }.map(|_| 0),
        -1,
    )
}

/// `int timer_getoverrun(timer_t timerid);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn timer_getoverrun(timerid: timer_t) -> c_int {
    // SAFETY: no memory is passed.
    c_ret(
        unsafe { call1(SYS_timer_getoverrun, timerid as usize) }.map(|n| n as c_int),
        -1,
    )
}

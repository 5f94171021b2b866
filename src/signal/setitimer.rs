//! `getitimer`, `setitimer` (POSIX getitimer(); musl: src/signal/getitimer.c, setitimer.c).
use crate::abi::time::itimerval;
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::nr::{SYS_getitimer, SYS_setitimer};
use crate::sys::signal::{call2, call3};

/// `int getitimer(int which, struct itimerval *value);`
///
/// # Safety
/// `value` must be writable.
///
/// # Errors
/// `EINVAL` for a bad `which`; `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getitimer(which: c_int, value: *mut itimerval) -> c_int {
    // SAFETY: the caller guarantees `value`.
    c_ret(
        unsafe { call2(SYS_getitimer, which as usize, value as usize) }.map(|_| 0),
        -1,
    )
}

/// `int setitimer(int which, const struct itimerval *restrict value,
/// struct itimerval *restrict ovalue);`
///
/// # Safety
/// `value` valid; `ovalue` null or writable.
///
/// # Errors
/// `EINVAL` for a bad `which` or microseconds out of range; `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setitimer(
    which: c_int,
    value: *const itimerval,
    ovalue: *mut itimerval,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    let r = unsafe {
        call3(
            SYS_setitimer,
            which as usize,
            value as usize,
            ovalue as usize,
        )
    };
    c_ret(r.map(|_| 0), -1)
}

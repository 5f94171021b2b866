//! `gmtime`, `gmtime_r`, `timegm` (C17 7.27.3.3, POSIX gmtime_r(); musl: src/time/gmtime.c,
//! gmtime_r.c, timegm.c).
use super::secs_to_tm::{secs_to_tm, tm_to_secs};
use crate::abi::errno::EOVERFLOW;
use crate::abi::time::tm;
use crate::abi::types::time_t;
use crate::errno::set_errno;

/// The zone name gmtime reports (musl's spelling; glibc says "GMT").
pub static UTC: [u8; 4] = *b"UTC\0";

/// Fills `out` with `t` in UTC.
pub fn to_utc(t: i64, out: &mut tm) -> bool {
    if secs_to_tm(t, out).is_none() {
        return false;
    }
    out.tm_isdst = 0;
    out.tm_gmtoff = 0;
    out.tm_zone = UTC.as_ptr().cast();
    true
}

/// `struct tm *gmtime_r(const time_t *restrict timer, struct tm *restrict result);`
///
/// # Safety
/// `timer` valid, `result` writable.
///
/// # Errors
/// `EOVERFLOW` when the year does not fit an `int` (null is returned).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn gmtime_r(timer: *const time_t, result: *mut tm) -> *mut tm {
    // SAFETY: the caller guarantees both pointers.
    if to_utc(unsafe { *timer }, unsafe { &mut *result }) {
        result
    } else {
        set_errno(EOVERFLOW);
        core::ptr::null_mut()
    }
}

/// The static result of `gmtime` and `localtime` (C17 allows them to share it).
pub static mut SHARED_TM: tm = tm::zero();

/// `struct tm *gmtime(const time_t *timer);`
///
/// # Safety
/// `timer` valid; the result is overwritten by the next call.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn gmtime(timer: *const time_t) -> *mut tm {
    // SAFETY: SHARED_TM is the documented non-reentrant result buffer.
    unsafe { gmtime_r(timer, &raw mut SHARED_TM) }
}

/// `time_t timegm(struct tm *tm);` — the inverse of `gmtime`; normalises `*tm`.
///
/// # Safety
/// `tm` valid.
///
/// # Errors
/// `EOVERFLOW` (result -1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn timegm(t: *mut tm) -> time_t {
    // SAFETY: the caller guarantees `t`.
    let t = unsafe { &mut *t };
    let s = tm_to_secs(t);
    let mut n = tm::zero();
    if !to_utc(s, &mut n) {
        set_errno(EOVERFLOW);
        return -1;
    }
    *t = n;
    s
}

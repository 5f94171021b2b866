//! `localtime`, `localtime_r`, `mktime` (C17 7.27.3.4, 7.27.2.3, POSIX localtime_r();
//! musl: src/time/localtime.c, localtime_r.c, mktime.c).
use super::secs_to_tm::{secs_to_tm, tm_to_secs};
use super::tz::{from_local, zone_at};
use crate::abi::errno::EOVERFLOW;
use crate::abi::time::tm;
use crate::abi::types::time_t;
use crate::errno::set_errno;

/// Fills `out` with `t` in the local zone.
pub fn to_local(t: i64, out: &mut tm) -> bool {
    let z = zone_at(t, false);
    match t.checked_add(z.off).and_then(|l| secs_to_tm(l, out)) {
        Some(()) => {
            out.tm_isdst = z.isdst as i32;
            out.tm_gmtoff = z.off;
            out.tm_zone = z.name;
            true
        }
        None => false,
    }
}

/// `struct tm *localtime_r(const time_t *restrict timer, struct tm *restrict result);`
///
/// # Safety
/// `timer` valid, `result` writable.
///
/// # Errors
/// `EOVERFLOW` when the year does not fit an `int` (null is returned).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn localtime_r(timer: *const time_t, result: *mut tm) -> *mut tm {
    // SAFETY: the caller guarantees both pointers.
    if to_local(unsafe { *timer }, unsafe { &mut *result }) {
        result
    } else {
        set_errno(EOVERFLOW);
        core::ptr::null_mut()
    }
}

/// `struct tm *localtime(const time_t *timer);`
///
/// # Safety
/// `timer` valid; the result is overwritten by the next call (shared with `gmtime`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn localtime(timer: *const time_t) -> *mut tm {
    // SAFETY: the documented non-reentrant result buffer.
    unsafe { localtime_r(timer, &raw mut super::gmtime::SHARED_TM) }
}

/// `time_t mktime(struct tm *timeptr);` — reads `*timeptr` as local time (fields may be
/// out of range; `tm_isdst` > 0 asks for DST, 0 for standard time, < 0 to decide),
/// normalises it and returns the time.
///
/// # Safety
/// `timeptr` valid.
///
/// # Errors
/// `EOVERFLOW` (result -1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mktime(timeptr: *mut tm) -> time_t {
    // SAFETY: the caller guarantees `timeptr`.
    let tp = unsafe { &mut *timeptr };
    let (t, z) = from_local(tm_to_secs(tp), tp.tm_isdst);
    let mut n = tm::zero();
    if t.checked_add(z.off)
        .and_then(|l| secs_to_tm(l, &mut n))
        .is_none()
    {
        set_errno(EOVERFLOW);
        return -1;
    }
    n.tm_isdst = z.isdst as i32;
    n.tm_gmtoff = z.off;
    n.tm_zone = z.name;
    *tp = n;
    t
}

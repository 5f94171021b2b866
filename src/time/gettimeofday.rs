//! `gettimeofday` (POSIX gettimeofday(); musl: src/time/gettimeofday.c), through the vDSO.
use crate::abi::time::timeval;
use crate::abi::types::{c_int, c_void};

/// `int gettimeofday(struct timeval *restrict tp, void *restrict tzp);` — a null `tp`
/// does nothing, as musl; `tzp` is filled (zeros on Linux) only on the vDSO path.
///
/// # Safety
/// `tp` and `tzp` are null or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn gettimeofday(tp: *mut timeval, tzp: *mut c_void) -> c_int {
    if tp.is_null() {
        return 0;
    }
    if let Some(f) = crate::internal::vdso::gettimeofday() {
        // SAFETY: the caller guarantees both pointers.
        if unsafe { f(tp, tzp.cast()) } == 0 {
            return 0;
        }
    }
    let ts = super::clock_gettime::now(0).unwrap_or(crate::abi::time::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    });
    // SAFETY: the caller guarantees `tp`.
    unsafe {
        *tp = timeval {
            tv_sec: ts.tv_sec,
            tv_usec: ts.tv_nsec / 1000,
        }
    };
    0
}

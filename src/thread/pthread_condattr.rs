//! `pthread_condattr_init`, `_destroy`, `_setclock`, `_getclock`, `_setpshared`,
//! `_getpshared` (POSIX; musl: src/thread/pthread_condattr_*.c). The attribute word holds
//! the clock id, with bit 31 for process-shared.
use crate::abi::errno::EINVAL;
use crate::abi::types::{c_int, c_uint};

const SHARED_BIT: c_uint = 0x8000_0000;

/// `int pthread_condattr_init(pthread_condattr_t *a);`
///
/// # Safety
/// `a` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_init(a: *mut c_uint) -> c_int {
    // SAFETY: the caller guarantees `a`.
    unsafe { *a = 0 };
    0
}

/// `int pthread_condattr_destroy(pthread_condattr_t *a);`
///
/// # Safety
/// `a` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_destroy(_a: *mut c_uint) -> c_int {
    0
}

/// `int pthread_condattr_setclock(pthread_condattr_t *a, clockid_t clock);`
///
/// # Safety
/// `a` must be initialised.
///
/// # Errors
/// `EINVAL` unless CLOCK_REALTIME (0) or CLOCK_MONOTONIC (1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_setclock(a: *mut c_uint, clock: c_int) -> c_int {
    if clock != 0 && clock != 1 {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `a`.
    unsafe { *a = (*a & SHARED_BIT) | clock as c_uint };
    0
}

/// `int pthread_condattr_getclock(const pthread_condattr_t *a, clockid_t *clock);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_getclock(a: *const c_uint, clock: *mut c_int) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *clock = (*a & !SHARED_BIT) as c_int };
    0
}

/// `int pthread_condattr_setpshared(pthread_condattr_t *a, int pshared);`
///
/// # Safety
/// `a` must be initialised.
///
/// # Errors
/// `EINVAL` unless PRIVATE (0) or SHARED (1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_setpshared(a: *mut c_uint, pshared: c_int) -> c_int {
    if !(0..=1).contains(&pshared) {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `a`.
    unsafe { *a = (*a & !SHARED_BIT) | if pshared != 0 { SHARED_BIT } else { 0 } };
    0
}

/// `int pthread_condattr_getpshared(const pthread_condattr_t *a, int *pshared);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_condattr_getpshared(
    a: *const c_uint,
    pshared: *mut c_int,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *pshared = (*a & SHARED_BIT != 0) as c_int };
    0
}

//! `pthread_barrierattr_init`, `_destroy`, `_setpshared`, `_getpshared` (POSIX; musl:
//! src/thread/pthread_barrierattr_*.c). The attribute's first word is the pshared flag.
use crate::abi::errno::EINVAL;
use crate::abi::types::{c_int, c_uint};

/// `int pthread_barrierattr_init(pthread_barrierattr_t *a);`
///
/// # Safety
/// `a` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrierattr_init(a: *mut c_uint) -> c_int {
    // SAFETY: the caller guarantees `a`.
    unsafe { *a = 0 };
    0
}

/// `int pthread_barrierattr_destroy(pthread_barrierattr_t *a);`
///
/// # Safety
/// `a` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrierattr_destroy(_a: *mut c_uint) -> c_int {
    0
}

/// `int pthread_barrierattr_setpshared(pthread_barrierattr_t *a, int pshared);`
///
/// # Safety
/// `a` must be initialised.
///
/// # Errors
/// `EINVAL` unless PRIVATE (0) or SHARED (1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrierattr_setpshared(a: *mut c_uint, pshared: c_int) -> c_int {
    if !(0..=1).contains(&pshared) {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `a`.
    unsafe { *a = pshared as c_uint };
    0
}

/// `int pthread_barrierattr_getpshared(const pthread_barrierattr_t *a, int *pshared);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrierattr_getpshared(
    a: *const c_uint,
    pshared: *mut c_int,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *pshared = *a as c_int };
    0
}

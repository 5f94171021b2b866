//! `pthread_mutexattr_setprotocol`, `_getprotocol`, `pthread_mutex_getprioceiling`,
//! `_setprioceiling` (POSIX; musl: src/thread/pthread_mutexattr_setprotocol.c,
//! pthread_attr_get.c, pthread_mutex_getprioceiling.c, pthread_mutex_setprioceiling.c).
use super::pthread_mutex::{Mutex, PI};
use crate::abi::errno::{EINVAL, ENOTSUP};
use crate::abi::types::{c_int, c_uint};

/// `int pthread_mutexattr_setprotocol(pthread_mutexattr_t *a, int protocol);`
///
/// # Safety
/// `a` must be initialised.
///
/// # Errors
/// `ENOTSUP` for PTHREAD_PRIO_PROTECT (as musl: priority ceilings are not implemented);
/// the kernel's error (`ENOSYS`) when it has no PI futexes; `EINVAL` for other values.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_setprotocol(a: *mut c_uint, protocol: c_int) -> c_int {
    match protocol {
        // SAFETY (both arms): the caller guarantees `a`.
        0 => unsafe { *a &= !(PI as c_uint) },
        1 => match super::pi_mutex::supported() {
            Ok(()) => unsafe { *a |= PI as c_uint },
            Err(e) => return e,
        },
        // DIFF(glibc): glibc accepts PTHREAD_PRIO_PROTECT; musl and rcc do not.
        2 => return ENOTSUP,
        _ => return EINVAL,
    }
    0
}

/// `int pthread_mutexattr_getprotocol(const pthread_mutexattr_t *a, int *protocol);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_getprotocol(
    a: *const c_uint,
    protocol: *mut c_int,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *protocol = (*a & PI as c_uint != 0) as c_int };
    0
}

/// `int pthread_mutex_getprioceiling(const pthread_mutex_t *m, int *prioceiling);`
///
/// # Errors
/// Always `EINVAL`: no mutex uses PTHREAD_PRIO_PROTECT (as musl).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_mutex_getprioceiling(
    _m: *const Mutex,
    _prioceiling: *mut c_int,
) -> c_int {
    EINVAL
}

/// `int pthread_mutex_setprioceiling(pthread_mutex_t *m, int prioceiling, int *old);`
///
/// # Errors
/// Always `EINVAL`: no mutex uses PTHREAD_PRIO_PROTECT (as musl).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_mutex_setprioceiling(
    _m: *mut Mutex,
    _prioceiling: c_int,
    _old: *mut c_int,
) -> c_int {
    EINVAL
}

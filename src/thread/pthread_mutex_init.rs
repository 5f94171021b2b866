//! `pthread_mutex_init`, `pthread_mutex_destroy` and the mutex attribute functions
//! (POSIX; musl: src/thread/pthread_mutex_init.c, pthread_mutexattr_*.c).
use super::pthread_mutex::{Mutex, PI, PSHARED, ROBUST};
use crate::abi::errno::EINVAL;
use crate::abi::types::{c_int, c_uint};
use core::sync::atomic::AtomicI32;

/// `pthread_mutexattr_t`: kind in bits 0–1, robust in bit 2, priority inheritance in
/// bit 3, pshared in bit 7 — the same bits as the mutex's kind word.
const ATTR_BITS: c_uint = 3 | ROBUST as c_uint | PI as c_uint | PSHARED as c_uint;

/// `int pthread_mutex_init(pthread_mutex_t *m, const pthread_mutexattr_t *attr);`
///
/// # Safety
/// `m` writable; `attr` NULL or initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_init(m: *mut Mutex, attr: *const c_uint) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe {
        core::ptr::write_bytes(m, 0, 1);
        let a = if attr.is_null() { 0 } else { *attr };
        (*m).kind = AtomicI32::new((a & ATTR_BITS) as i32);
    }
    0
}

/// `int pthread_mutex_destroy(pthread_mutex_t *m);` — nothing to release.
///
/// # Safety
/// `m` must be an initialised, unlocked mutex.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_destroy(_m: *mut Mutex) -> c_int {
    0
}

/// `int pthread_mutexattr_init(pthread_mutexattr_t *a);`
///
/// # Safety
/// `a` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_init(a: *mut c_uint) -> c_int {
    // SAFETY: the caller guarantees `a`.
    unsafe { *a = 0 };
    0
}

/// `int pthread_mutexattr_destroy(pthread_mutexattr_t *a);`
///
/// # Safety
/// `a` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_destroy(_a: *mut c_uint) -> c_int {
    0
}

/// `int pthread_mutexattr_settype(pthread_mutexattr_t *a, int type);`
///
/// # Safety
/// `a` must be initialised.
///
/// # Errors
/// `EINVAL` unless `type` is NORMAL (0), RECURSIVE (1) or ERRORCHECK (2).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_settype(a: *mut c_uint, kind: c_int) -> c_int {
    if !(0..=2).contains(&kind) {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `a`.
    unsafe { *a = (*a & !3) | kind as c_uint };
    0
}

/// `int pthread_mutexattr_gettype(const pthread_mutexattr_t *a, int *type);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_gettype(a: *const c_uint, kind: *mut c_int) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *kind = (*a & 3) as c_int };
    0
}

/// `int pthread_mutexattr_setpshared(pthread_mutexattr_t *a, int pshared);`
///
/// # Safety
/// `a` must be initialised.
///
/// # Errors
/// `EINVAL` unless PRIVATE (0) or SHARED (1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_setpshared(a: *mut c_uint, pshared: c_int) -> c_int {
    if !(0..=1).contains(&pshared) {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `a`.
    unsafe { *a = (*a & !(PSHARED as c_uint)) | if pshared != 0 { PSHARED as c_uint } else { 0 } };
    0
}

/// `int pthread_mutexattr_getpshared(const pthread_mutexattr_t *a, int *pshared);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_getpshared(
    a: *const c_uint,
    pshared: *mut c_int,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *pshared = (*a & PSHARED as c_uint != 0) as c_int };
    0
}

/// `int pthread_mutexattr_setrobust(pthread_mutexattr_t *a, int robust);`
///
/// # Safety
/// `a` must be initialised.
///
/// # Errors
/// `EINVAL` unless PTHREAD_MUTEX_STALLED (0) or PTHREAD_MUTEX_ROBUST (1); `ENOSYS` when
/// the kernel has no robust futexes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_setrobust(a: *mut c_uint, robust: c_int) -> c_int {
    match robust {
        // SAFETY: the caller guarantees `a`.
        0 => unsafe { *a &= !(ROBUST as c_uint) },
        1 => match super::robust::supported() {
            // SAFETY: the caller guarantees `a`.
            Ok(()) => unsafe { *a |= ROBUST as c_uint },
            Err(e) => return e,
        },
        _ => return EINVAL,
    }
    0
}

/// `int pthread_mutexattr_getrobust(const pthread_mutexattr_t *a, int *robust);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutexattr_getrobust(
    a: *const c_uint,
    robust: *mut c_int,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *robust = (*a & ROBUST as c_uint != 0) as c_int };
    0
}

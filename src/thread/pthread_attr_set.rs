//! The `pthread_attr_set*` functions for detach state, stack and guard (POSIX; musl:
//! src/thread/pthread_attr_setdetachstate.c, _setstacksize.c, _setguardsize.c, _setstack.c).
use super::pthread_attr::{Attr, STACK_MIN};
use crate::abi::errno::EINVAL;
use crate::abi::types::{c_int, c_void};

/// `int pthread_attr_setdetachstate(pthread_attr_t *a, int state);`
///
/// # Safety
/// `a` must be an initialised attribute object.
///
/// # Errors
/// `EINVAL` unless `state` is `PTHREAD_CREATE_JOINABLE` (0) or `PTHREAD_CREATE_DETACHED` (1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setdetachstate(a: *mut Attr, state: c_int) -> c_int {
    if !(0..=1).contains(&state) {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `a`.
    unsafe { (*a).detach = state };
    0
}

/// `int pthread_attr_setstacksize(pthread_attr_t *a, size_t size);`
///
/// # Safety
/// `a` must be an initialised attribute object.
///
/// # Errors
/// `EINVAL` below `PTHREAD_STACK_MIN` or above `SIZE_MAX/4`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setstacksize(a: *mut Attr, size: usize) -> c_int {
    if !(STACK_MIN..=usize::MAX / 4).contains(&size) {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `a`.
    unsafe {
        (*a).stack_addr = 0;
        (*a).stack_size = size;
    }
    0
}

/// `int pthread_attr_setguardsize(pthread_attr_t *a, size_t size);`
///
/// # Safety
/// `a` must be an initialised attribute object.
///
/// # Errors
/// `EINVAL` above `SIZE_MAX/8`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setguardsize(a: *mut Attr, size: usize) -> c_int {
    if size > usize::MAX / 8 {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `a`.
    unsafe { (*a).guard_size = size };
    0
}

/// `int pthread_attr_setstack(pthread_attr_t *a, void *addr, size_t size);` — the thread
/// runs on `[addr, addr + size)`, which the caller owns and frees.
///
/// # Safety
/// `a` must be an initialised attribute object.
///
/// # Errors
/// `EINVAL` for a size below `PTHREAD_STACK_MIN` or a range that wraps.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_setstack(
    a: *mut Attr,
    addr: *mut c_void,
    size: usize,
) -> c_int {
    let low = addr as usize;
    if !(STACK_MIN..=usize::MAX / 4).contains(&size) || low.checked_add(size).is_none() {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `a`.
    unsafe {
        (*a).stack_addr = low + size;
        (*a).stack_size = size;
    }
    0
}

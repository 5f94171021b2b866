//! `pthread_mutex_consistent` (POSIX; musl: src/thread/pthread_mutex_consistent.c).
use super::pthread_mutex::Mutex;
use crate::abi::types::c_int;

/// `int pthread_mutex_consistent(pthread_mutex_t *m);` — the owner of a robust mutex
/// locked with `EOWNERDEAD` marks the state it protects consistent again.
///
/// # Safety
/// `m` must be an initialised mutex.
///
/// # Errors
/// `EINVAL` when `m` is not robust or not in the owner-died state; `EPERM` when another
/// thread holds it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_consistent(m: *mut Mutex) -> c_int {
    // SAFETY: the caller guarantees `m`.
    super::robust::make_consistent(unsafe { &*m })
        .err()
        .unwrap_or(0)
}

//! `pthread_mutex_lock`, `_trylock`, `_timedlock`, `_clocklock`, `_unlock` (POSIX; musl:
//! src/thread/pthread_mutex_lock.c, _trylock.c, _timedlock.c, _unlock.c).
use super::pthread_mutex::Mutex;
use crate::abi::errno::EINVAL;
use crate::abi::types::c_int;
use crate::sys::futex::Timespec;

fn code(r: Result<(), c_int>) -> c_int {
    r.err().unwrap_or(0)
}

/// `int pthread_mutex_lock(pthread_mutex_t *m);`
///
/// # Safety
/// `m` must be an initialised mutex.
///
/// # Errors
/// `EDEADLK` relocking an error-checking mutex; `EAGAIN` recursion count overflow.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_lock(m: *mut Mutex) -> c_int {
    // SAFETY: the caller guarantees `m`.
    let m = unsafe { &*m };
    if m.lock_fast() {
        return 0;
    }
    code(m.lock_until(None))
}

/// `int pthread_mutex_trylock(pthread_mutex_t *m);`
///
/// # Safety
/// `m` must be an initialised mutex.
///
/// # Errors
/// `EBUSY` when held by someone (or by the caller, unless recursive).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_trylock(m: *mut Mutex) -> c_int {
    // SAFETY: the caller guarantees `m`.
    code(unsafe { &*m }.try_lock())
}

/// `int pthread_mutex_timedlock(pthread_mutex_t *m, const struct timespec *abstime);`
/// — `abstime` on CLOCK_REALTIME.
///
/// # Safety
/// `m` must be an initialised mutex, `abstime` valid.
///
/// # Errors
/// `ETIMEDOUT`, `EINVAL` for a bad `tv_nsec`, as `pthread_mutex_lock` otherwise.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_timedlock(m: *mut Mutex, abstime: *const Timespec) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    code(unsafe { &*m }.lock_until(Some((unsafe { &*abstime }, true))))
}

/// `int pthread_mutex_clocklock(pthread_mutex_t *m, clockid_t clock, const struct timespec *abstime);`
///
/// # Safety
/// As [`pthread_mutex_timedlock`].
///
/// # Errors
/// `EINVAL` for a clock other than CLOCK_REALTIME (0) or CLOCK_MONOTONIC (1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_clocklock(
    m: *mut Mutex,
    clock: c_int,
    abstime: *const Timespec,
) -> c_int {
    if clock != 0 && clock != 1 {
        return EINVAL;
    }
    // SAFETY: the caller guarantees both pointers.
    code(unsafe { &*m }.lock_until(Some((unsafe { &*abstime }, clock == 0))))
}

/// `int pthread_mutex_unlock(pthread_mutex_t *m);`
///
/// # Safety
/// `m` must be an initialised mutex.
///
/// # Errors
/// `EPERM` for an error-checking or recursive mutex the caller does not hold.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_mutex_unlock(m: *mut Mutex) -> c_int {
    // SAFETY: the caller guarantees `m`.
    let m = unsafe { &*m };
    if m.unlock_fast() {
        return 0;
    }
    code(m.unlock())
}

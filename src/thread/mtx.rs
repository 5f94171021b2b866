//! C11 mutexes and condition variables: `mtx_*`, `cnd_*` (C17 7.26.3–4; musl:
//! src/thread/mtx_*.c, cnd_*.c), mapped onto the pthread objects (same layouts).
use super::pthread_cond::{self as pc, Cond};
use super::pthread_mutex::{Mutex, RECURSIVE};
use super::thrd::{THRD_BUSY, THRD_ERROR, THRD_SUCCESS, THRD_TIMEDOUT};
use crate::abi::errno::{EBUSY, ETIMEDOUT};
use crate::abi::types::c_int;
use crate::sys::futex::Timespec;
use core::sync::atomic::AtomicI32;

/// `mtx_recursive`; `mtx_plain` = 0 and `mtx_timed` = 2 need nothing extra.
const MTX_RECURSIVE: c_int = 1;

fn map(r: Result<(), c_int>) -> c_int {
    match r {
        Ok(()) => THRD_SUCCESS,
        Err(EBUSY) => THRD_BUSY,
        Err(ETIMEDOUT) => THRD_TIMEDOUT,
        Err(_) => THRD_ERROR,
    }
}

/// `int mtx_init(mtx_t *m, int type);`
///
/// # Safety
/// `m` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_init(m: *mut Mutex, kind: c_int) -> c_int {
    // SAFETY: the caller guarantees `m`.
    unsafe {
        core::ptr::write_bytes(m, 0, 1);
        (*m).kind = AtomicI32::new(if kind & MTX_RECURSIVE != 0 {
            RECURSIVE
        } else {
            0
        });
    }
    THRD_SUCCESS
}

/// `void mtx_destroy(mtx_t *m);`
///
/// # Safety
/// `m` must be initialised and unlocked.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_destroy(_m: *mut Mutex) {}

/// `int mtx_lock(mtx_t *m);`
///
/// # Safety
/// `m` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_lock(m: *mut Mutex) -> c_int {
    // SAFETY: the caller guarantees `m`.
    map(unsafe { &*m }.lock_until(None))
}

/// `int mtx_trylock(mtx_t *m);`
///
/// # Safety
/// `m` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_trylock(m: *mut Mutex) -> c_int {
    // SAFETY: the caller guarantees `m`.
    map(unsafe { &*m }.try_lock())
}

/// `int mtx_timedlock(mtx_t *restrict m, const struct timespec *restrict ts);` — TIME_UTC.
///
/// # Safety
/// `m` initialised, `ts` valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_timedlock(m: *mut Mutex, ts: *const Timespec) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    map(unsafe { &*m }.lock_until(Some((unsafe { &*ts }, true))))
}

/// `int mtx_unlock(mtx_t *m);`
///
/// # Safety
/// `m` must be held by the caller.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mtx_unlock(m: *mut Mutex) -> c_int {
    // SAFETY: the caller guarantees `m`.
    map(unsafe { &*m }.unlock())
}

/// `int cnd_init(cnd_t *c);`
///
/// # Safety
/// `c` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_init(c: *mut Cond) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { pc::pthread_cond_init(c, core::ptr::null()) };
    THRD_SUCCESS
}

/// `void cnd_destroy(cnd_t *c);`
///
/// # Safety
/// `c` must be initialised with no waiters.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_destroy(_c: *mut Cond) {}

/// `int cnd_signal(cnd_t *c);`
///
/// # Safety
/// `c` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_signal(c: *mut Cond) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { pc::pthread_cond_signal(c) };
    THRD_SUCCESS
}

/// `int cnd_broadcast(cnd_t *c);`
///
/// # Safety
/// `c` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_broadcast(c: *mut Cond) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { pc::pthread_cond_broadcast(c) };
    THRD_SUCCESS
}

/// `int cnd_wait(cnd_t *c, mtx_t *m);`
///
/// # Safety
/// `c`, `m` initialised, `m` held.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_wait(c: *mut Cond, m: *mut Mutex) -> c_int {
    // SAFETY: forwarded contract.
    map(match unsafe { pc::pthread_cond_wait(c, m) } {
        0 => Ok(()),
        e => Err(e),
    })
}

/// `int cnd_timedwait(cnd_t *restrict c, mtx_t *restrict m, const struct timespec *restrict ts);`
///
/// # Safety
/// As [`cnd_wait`]; `ts` valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cnd_timedwait(c: *mut Cond, m: *mut Mutex, ts: *const Timespec) -> c_int {
    // SAFETY: forwarded contract.
    map(match unsafe { pc::pthread_cond_timedwait(c, m, ts) } {
        0 => Ok(()),
        e => Err(e),
    })
}

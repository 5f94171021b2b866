//! Read-write locks: `pthread_rwlock_init`, `_destroy`, `_rdlock`, `_tryrdlock`,
//! `_timedrdlock`, `_wrlock`, `_trywrlock`, `_timedwrlock`, `_unlock` and the rwlockattr
//! pshared functions (POSIX; musl: src/thread/pthread_rwlock_*.c).
//!
//! Lock word: the reader count, or `WRITER` when write-locked; `WAITERS` once someone sleeps.
use crate::abi::errno::{EAGAIN, EBUSY, EINVAL, ETIMEDOUT};
use crate::abi::types::{c_int, c_uint};
use crate::sys::Errno;
use crate::sys::futex::{self, Timespec};
use core::sync::atomic::{AtomicI32, Ordering};

/// `pthread_rwlock_t`: 56 bytes, all-zero = default.
#[repr(C)]
pub struct RwLock {
    lock: AtomicI32,
    shared: c_int,
    _pad: [c_int; 12],
}

const _: () = assert!(core::mem::size_of::<RwLock>() == 56);
const WRITER: i32 = 0x7fff_ffff;
const WAITERS: i32 = i32::MIN;
const MASK: i32 = 0x7fff_ffff;

impl RwLock {
    fn try_read(&self) -> Result<(), c_int> {
        let mut v = self.lock.load(Ordering::Relaxed);
        loop {
            let n = v & MASK;
            if n == WRITER {
                return Err(EBUSY);
            }
            if n == WRITER - 1 {
                return Err(EAGAIN);
            }
            match self
                .lock
                .compare_exchange_weak(v, v + 1, Ordering::Acquire, Ordering::Relaxed)
            {
                Ok(_) => return Ok(()),
                Err(now) => v = now,
            }
        }
    }

    fn try_write(&self) -> Result<(), c_int> {
        let v = self.lock.load(Ordering::Relaxed);
        if v & MASK != 0 {
            return Err(EBUSY);
        }
        self.lock
            .compare_exchange(v, v | WRITER, Ordering::Acquire, Ordering::Relaxed)
            .map(drop)
            .map_err(|_| EBUSY)
    }

    fn acquire(&self, write: bool, abs: Option<&Timespec>) -> Result<(), c_int> {
        if abs.is_some_and(|t| !(0..1_000_000_000).contains(&t.nsec)) {
            return Err(EINVAL);
        }
        loop {
            let r = if write {
                self.try_write()
            } else {
                self.try_read()
            };
            match r {
                Err(EBUSY) => {}
                other => return other,
            }
            let v = self.lock.load(Ordering::Relaxed);
            if v & MASK == 0 {
                continue;
            }
            if v & WAITERS == 0
                && self
                    .lock
                    .compare_exchange(v, v | WAITERS, Ordering::Relaxed, Ordering::Relaxed)
                    .is_err()
            {
                continue;
            }
            let shared = self.shared != 0;
            match abs {
                None => futex::wait_in(&self.lock, v | WAITERS, shared),
                Some(t) => {
                    if futex::wait_until_in(&self.lock, v | WAITERS, t, true, shared)
                        == Err(Errno(ETIMEDOUT))
                    {
                        return Err(ETIMEDOUT);
                    }
                }
            }
        }
    }

    fn release(&self) {
        let mut v = self.lock.load(Ordering::Relaxed);
        loop {
            let n = v & MASK;
            let next = if n == WRITER || n == 1 { 0 } else { v - 1 };
            match self
                .lock
                .compare_exchange_weak(v, next, Ordering::Release, Ordering::Relaxed)
            {
                Ok(_) => break,
                Err(now) => v = now,
            }
        }
        if v & WAITERS != 0 && (v & MASK == WRITER || v & MASK == 1) {
            futex::wake_in(&self.lock, i32::MAX, self.shared != 0);
        }
    }
}

fn code(r: Result<(), c_int>) -> c_int {
    r.err().unwrap_or(0)
}

/// `int pthread_rwlock_init(pthread_rwlock_t *l, const pthread_rwlockattr_t *a);`
///
/// # Safety
/// `l` writable; `a` NULL or initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_init(l: *mut RwLock, a: *const c_uint) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe {
        core::ptr::write_bytes(l, 0, 1);
        (*l).shared = (!a.is_null() && *a != 0) as c_int;
    }
    0
}

/// `int pthread_rwlock_destroy(pthread_rwlock_t *l);`
///
/// # Safety
/// `l` must be initialised and unlocked.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_destroy(_l: *mut RwLock) -> c_int {
    0
}

/// `int pthread_rwlock_rdlock(pthread_rwlock_t *l);`
///
/// # Safety
/// `l` must be initialised.
///
/// # Errors
/// `EAGAIN` when the reader count would overflow.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_rdlock(l: *mut RwLock) -> c_int {
    // SAFETY: the caller guarantees `l`.
    code(unsafe { &*l }.acquire(false, None))
}

/// `int pthread_rwlock_tryrdlock(pthread_rwlock_t *l);`
///
/// # Safety
/// `l` must be initialised.
///
/// # Errors
/// `EBUSY` while write-locked.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_tryrdlock(l: *mut RwLock) -> c_int {
    // SAFETY: the caller guarantees `l`.
    code(unsafe { &*l }.try_read())
}

/// `int pthread_rwlock_timedrdlock(pthread_rwlock_t *l, const struct timespec *abs);`
///
/// # Safety
/// `l` initialised, `abs` valid.
///
/// # Errors
/// `ETIMEDOUT`, `EINVAL` for a bad `tv_nsec`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_timedrdlock(l: *mut RwLock, abs: *const Timespec) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    code(unsafe { &*l }.acquire(false, Some(unsafe { &*abs })))
}

/// `int pthread_rwlock_wrlock(pthread_rwlock_t *l);`
///
/// # Safety
/// `l` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_wrlock(l: *mut RwLock) -> c_int {
    // SAFETY: the caller guarantees `l`.
    code(unsafe { &*l }.acquire(true, None))
}

/// `int pthread_rwlock_trywrlock(pthread_rwlock_t *l);`
///
/// # Safety
/// `l` must be initialised.
///
/// # Errors
/// `EBUSY` while held in any mode.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_trywrlock(l: *mut RwLock) -> c_int {
    // SAFETY: the caller guarantees `l`.
    code(unsafe { &*l }.try_write())
}

/// `int pthread_rwlock_timedwrlock(pthread_rwlock_t *l, const struct timespec *abs);`
///
/// # Safety
/// `l` initialised, `abs` valid.
///
/// # Errors
/// `ETIMEDOUT`, `EINVAL` for a bad `tv_nsec`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_timedwrlock(l: *mut RwLock, abs: *const Timespec) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    code(unsafe { &*l }.acquire(true, Some(unsafe { &*abs })))
}

/// `int pthread_rwlock_unlock(pthread_rwlock_t *l);`
///
/// # Safety
/// `l` must be held by the caller.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_rwlock_unlock(l: *mut RwLock) -> c_int {
    // SAFETY: the caller guarantees `l`.
    unsafe { &*l }.release();
    0
}

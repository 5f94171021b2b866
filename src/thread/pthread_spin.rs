//! Spin locks: `pthread_spin_init`, `_destroy`, `_lock`, `_trylock`, `_unlock` (POSIX;
//! musl: src/thread/pthread_spin_*.c).
use crate::abi::errno::EBUSY;
use crate::abi::types::c_int;
use core::sync::atomic::{AtomicI32, Ordering};

fn word<'a>(s: *mut c_int) -> &'a AtomicI32 {
    // SAFETY: pthread_spinlock_t is an aligned int used only through these functions.
    unsafe { AtomicI32::from_ptr(s) }
}

/// `int pthread_spin_init(pthread_spinlock_t *s, int pshared);`
///
/// # Safety
/// `s` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_spin_init(s: *mut c_int, _pshared: c_int) -> c_int {
    word(s).store(0, Ordering::Relaxed);
    0
}

/// `int pthread_spin_destroy(pthread_spinlock_t *s);`
///
/// # Safety
/// `s` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_spin_destroy(_s: *mut c_int) -> c_int {
    0
}

/// `int pthread_spin_lock(pthread_spinlock_t *s);`
///
/// # Safety
/// `s` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_spin_lock(s: *mut c_int) -> c_int {
    let w = word(s);
    while w.swap(EBUSY, Ordering::Acquire) != 0 {
        while w.load(Ordering::Relaxed) != 0 {
            core::hint::spin_loop();
        }
    }
    0
}

/// `int pthread_spin_trylock(pthread_spinlock_t *s);`
///
/// # Safety
/// `s` must be initialised.
///
/// # Errors
/// `EBUSY` when held.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_spin_trylock(s: *mut c_int) -> c_int {
    word(s)
        .compare_exchange(0, EBUSY, Ordering::Acquire, Ordering::Relaxed)
        .err()
        .unwrap_or(0)
}

/// `int pthread_spin_unlock(pthread_spinlock_t *s);`
///
/// # Safety
/// `s` must be held by the caller.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_spin_unlock(s: *mut c_int) -> c_int {
    word(s).store(0, Ordering::Release);
    0
}

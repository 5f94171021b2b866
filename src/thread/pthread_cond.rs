//! Condition variables: `pthread_cond_init`, `_destroy`, `_wait`, `_timedwait`,
//! `_clockwait`, `_signal`, `_broadcast` and the condattr clock/pshared functions (POSIX;
//! musl: src/thread/pthread_cond_*.c). A sequence word: waiters sleep on the value they
//! saw; every signal or broadcast changes it, so no wakeup is lost.
//!
//! Wait morphing: a signal or broadcast from the thread that holds the (private,
//! non-robust) mutex does not wake its waiters only for them to block on that mutex at
//! once; it requeues them onto the mutex's futex (`FUTEX_CMP_REQUEUE`), marked contended,
//! so the mutex's unlock wakes them one at a time, each owning the mutex when it runs.
use super::pthread_mutex::Mutex;
use crate::abi::errno::{ECANCELED, EINVAL, ETIMEDOUT};
use crate::abi::types::{c_int, c_uint};
use crate::sys::futex::{self, Timespec};
use core::sync::atomic::{AtomicI32, AtomicUsize, Ordering};

/// `pthread_cond_t`: 48 bytes, all-zero = default (CLOCK_REALTIME, private).
#[repr(C)]
pub struct Cond {
    seq: AtomicI32,
    /// The clock id for timed waits (0 realtime, 1 monotonic).
    clock: c_int,
    shared: c_int,
    waiters: AtomicI32,
    /// The mutex of the latest waiter (POSIX: all concurrent waiters use the same one).
    mutex: AtomicUsize,
    _pad: [c_int; 6],
}

const _: () = assert!(core::mem::size_of::<Cond>() == 48);
const SHARED_BIT: c_uint = 0x8000_0000;

/// Waits on `c` with `m` held; reacquires `m` before returning.
unsafe fn wait(c: *mut Cond, m: *mut Mutex, abs: Option<(&Timespec, bool)>) -> c_int {
    // SAFETY: the caller guarantees c and m are initialised and m is held.
    let (c, m) = unsafe { (&*c, &*m) };
    if let Some((t, _)) = abs
        && !(0..1_000_000_000).contains(&t.nsec)
    {
        return EINVAL;
    }
    let seen = c.seq.load(Ordering::Acquire);
    c.mutex.store(m as *const Mutex as usize, Ordering::Relaxed);
    c.waiters.fetch_add(1, Ordering::Release);
    if let Err(e) = m.unlock() {
        c.waiters.fetch_sub(1, Ordering::Relaxed);
        return e;
    }
    let shared = c.shared != 0;
    // A cancellation point, acted on only once the mutex is held again (POSIX): wait
    // with cancellation MASKED, so a cancel shows up as -ECANCELED here.
    let cs = masked_state();
    let r = super::pthread_cancel::futex_wait_cp(&c.seq, seen, shared, abs);
    c.waiters.fetch_sub(1, Ordering::Relaxed);
    // Others may have been requeued onto the mutex with us: relock it marked contended,
    // so that our unlock wakes the next one.
    let relocked = if requeueable(m) {
        m.lock_contended()
    } else {
        m.lock_until(None)
    };
    restore_state(cs, r == -(ECANCELED as isize));
    if let Err(e) = relocked {
        return e;
    }
    if r == -(ETIMEDOUT as isize) && c.seq.load(Ordering::Acquire) == seen {
        ETIMEDOUT
    } else {
        0
    }
}

/// Enters the internal MASKED cancellation state unless cancellation is disabled;
/// returns the previous state.
pub fn masked_state() -> c_int {
    let mut cs = 0;
    // SAFETY: cs is a local.
    unsafe {
        super::pthread_cancel::pthread_setcancelstate(
            super::pthread_cancel::MASKED as c_int,
            &mut cs,
        )
    };
    if cs == 1 {
        // SAFETY: as above.
        unsafe { super::pthread_cancel::pthread_setcancelstate(cs, core::ptr::null_mut()) };
    }
    cs
}

/// Restores the state saved by [`masked_state`]; if the wait was cancelled, acts on it
/// now (the thread exits through its cleanup handlers).
pub fn restore_state(cs: c_int, cancelled: bool) {
    // SAFETY: a NULL old-state pointer is allowed.
    unsafe { super::pthread_cancel::pthread_setcancelstate(cs, core::ptr::null_mut()) };
    if cancelled {
        super::pthread_cancel::pthread_testcancel();
    }
}

/// `int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m);`
///
/// # Safety
/// `c` and `m` initialised, `m` held by the caller.
///
/// # Errors
/// `EPERM` when `m` is an error-checking mutex the caller does not hold.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_wait(c: *mut Cond, m: *mut Mutex) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wait(c, m, None) }
}

/// `int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *abstime);`
/// — on the condition variable's clock (CLOCK_REALTIME unless set by the attribute).
///
/// # Safety
/// As [`pthread_cond_wait`]; `abstime` valid.
///
/// # Errors
/// `ETIMEDOUT`, `EINVAL` for a bad `tv_nsec`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_timedwait(
    c: *mut Cond,
    m: *mut Mutex,
    abstime: *const Timespec,
) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wait(c, m, Some((&*abstime, (*c).clock == 0))) }
}

/// `int pthread_cond_clockwait(pthread_cond_t *c, pthread_mutex_t *m, clockid_t clock, const struct timespec *abstime);`
///
/// # Safety
/// As [`pthread_cond_timedwait`].
///
/// # Errors
/// `EINVAL` for a clock other than CLOCK_REALTIME or CLOCK_MONOTONIC.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_clockwait(
    c: *mut Cond,
    m: *mut Mutex,
    clock: c_int,
    abstime: *const Timespec,
) -> c_int {
    if clock != 0 && clock != 1 {
        return EINVAL;
    }
    // SAFETY: forwarded contract.
    unsafe { wait(c, m, Some((&*abstime, clock == 0))) }
}

/// Whether waiters on `m` may be requeued onto its lock word: a private mutex of one of
/// the three plain kinds (robust and priority-inheritance mutexes use other protocols).
fn requeueable(m: &Mutex) -> bool {
    m.kind.load(Ordering::Relaxed) & !3 == 0
}

unsafe fn wake(c: *mut Cond, n: i32) -> c_int {
    // SAFETY: the caller guarantees c is initialised.
    let c = unsafe { &*c };
    let seq = c.seq.fetch_add(1, Ordering::AcqRel).wrapping_add(1);
    if c.waiters.load(Ordering::Acquire) == 0 {
        return 0;
    }
    let shared = c.shared != 0;
    let m = c.mutex.load(Ordering::Relaxed) as *const Mutex;
    if !shared && !m.is_null() {
        // SAFETY: a thread is waiting, so the mutex it recorded (every concurrent waiter
        // uses the same one) is alive until it returns.
        let m = unsafe { &*m };
        let me = super::pthread_mutex::my_tid();
        if requeueable(m) && m.lock.load(Ordering::Relaxed) & !super::pthread_mutex::WAITERS == me {
            // We own the mutex, so it cannot be released before the requeue: mark it
            // contended so our unlock wakes the first requeued waiter.
            m.lock
                .fetch_or(super::pthread_mutex::WAITERS, Ordering::Relaxed);
            if futex::requeue(&c.seq, seq, &m.lock, n).is_ok() {
                return 0;
            }
        }
    }
    futex::wake_in(&c.seq, n, shared);
    0
}

/// `int pthread_cond_signal(pthread_cond_t *c);`
///
/// # Safety
/// `c` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_signal(c: *mut Cond) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wake(c, 1) }
}

/// `int pthread_cond_broadcast(pthread_cond_t *c);`
///
/// # Safety
/// `c` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_broadcast(c: *mut Cond) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wake(c, i32::MAX) }
}

/// `int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *attr);`
///
/// # Safety
/// `c` writable; `attr` NULL or initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_init(c: *mut Cond, attr: *const c_uint) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe {
        core::ptr::write_bytes(c, 0, 1);
        if !attr.is_null() {
            (*c).clock = (*attr & !SHARED_BIT) as c_int;
            (*c).shared = (*attr & SHARED_BIT != 0) as c_int;
        }
    }
    0
}

/// `int pthread_cond_destroy(pthread_cond_t *c);`
///
/// # Safety
/// `c` must be initialised with no waiters.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cond_destroy(_c: *mut Cond) -> c_int {
    0
}

//! `pthread_join`, `pthread_tryjoin_np`, `pthread_timedjoin_np` (POSIX, GNU; musl:
//! src/thread/pthread_join.c): wait for the kernel to clear the thread's `tid`, take its
//! value, free its mapping.
use super::state::{DETACHED, EXITED};
use crate::abi::errno::{EBUSY, EDEADLK, EINVAL, ETIMEDOUT};
use crate::abi::types::{c_int, c_void};
use crate::rt::thread::Thread;
use crate::sys::futex::Timespec;
use core::sync::atomic::{AtomicI32, Ordering};

fn tid_word(t: *mut Thread) -> &'static AtomicI32 {
    // SAFETY: tid is an aligned i32 in a live descriptor that the kernel updates
    // atomically; the descriptor stays mapped until the join frees it.
    unsafe { AtomicI32::from_ptr(&raw mut (*t).tid) }
}

/// Takes the exited thread's value and frees its memory.
unsafe fn reap(t: *mut Thread, value: *mut *mut c_void) {
    // SAFETY: the thread has exited (tid cleared), so its descriptor is ours.
    unsafe {
        (*t).detach_state.store(EXITED, Ordering::Relaxed);
        if !value.is_null() {
            *value = (*t).result;
        }
        if (*t).map_base != 0 {
            super::stack_cache::give((*t).map_base, (*t).map_size, (*t).guard_size);
        }
    }
}

fn check(t: *mut Thread) -> Result<(), c_int> {
    if t == crate::rt::thread::current() {
        return Err(EDEADLK);
    }
    // SAFETY: the caller passes a thread id from pthread_create.
    if unsafe { (*t).detach_state.load(Ordering::Relaxed) } == DETACHED {
        return Err(EINVAL);
    }
    Ok(())
}

/// `int pthread_join(pthread_t t, void **value);`
///
/// # Safety
/// `t` must be a joinable thread not already joined; `value` NULL or writable.
///
/// # Errors
/// `EDEADLK` when joining oneself; `EINVAL` for a detached thread.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_join(t: *mut Thread, value: *mut *mut c_void) -> c_int {
    if let Err(e) = check(t) {
        return e;
    }
    let w = tid_word(t);
    loop {
        let tid = w.load(Ordering::Acquire);
        if tid == 0 {
            break;
        }
        // The kernel's wake at thread exit is not a private-futex wake. A cancellation
        // point: a cancelled joiner exits here and the target stays joinable.
        super::pthread_cancel::futex_wait_cp(w, tid, true, None);
    }
    // SAFETY: exited; see reap.
    unsafe { reap(t, value) };
    0
}

/// `int pthread_tryjoin_np(pthread_t t, void **value);`
///
/// # Safety
/// As [`pthread_join`].
///
/// # Errors
/// `EBUSY` while the thread is still running; as `pthread_join` otherwise.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_tryjoin_np(t: *mut Thread, value: *mut *mut c_void) -> c_int {
    if let Err(e) = check(t) {
        return e;
    }
    if tid_word(t).load(Ordering::Acquire) != 0 {
        return EBUSY;
    }
    // SAFETY: exited; see reap.
    unsafe { reap(t, value) };
    0
}

/// `int pthread_timedjoin_np(pthread_t t, void **value, const struct timespec *abstime);`
/// — `abstime` is on CLOCK_REALTIME.
///
/// # Safety
/// As [`pthread_join`]; `abstime` NULL or valid.
///
/// # Errors
/// `ETIMEDOUT` when the time passes first; `EINVAL` for a bad `tv_nsec`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_timedjoin_np(
    t: *mut Thread,
    value: *mut *mut c_void,
    abstime: *const Timespec,
) -> c_int {
    if let Err(e) = check(t) {
        return e;
    }
    // SAFETY: the caller guarantees abstime is NULL or valid.
    let abs = unsafe { abstime.as_ref() };
    if abs.is_some_and(|a| !(0..1_000_000_000).contains(&a.nsec)) {
        return EINVAL;
    }
    let w = tid_word(t);
    loop {
        let tid = w.load(Ordering::Acquire);
        if tid == 0 {
            break;
        }
        let r = super::pthread_cancel::futex_wait_cp(w, tid, true, abs.map(|a| (a, true)));
        if r == -(ETIMEDOUT as isize) && w.load(Ordering::Acquire) != 0 {
            return ETIMEDOUT;
        }
    }
    // SAFETY: exited; see reap.
    unsafe { reap(t, value) };
    0
}

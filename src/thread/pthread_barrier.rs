//! Barriers: `pthread_barrier_init`, `_destroy`, `_wait` and the barrierattr pshared
//! functions (POSIX; musl: src/thread/pthread_barrier_*.c).
use crate::abi::errno::EINVAL;
use crate::abi::types::{c_int, c_uint};
use core::sync::atomic::{AtomicI32, Ordering};

/// `pthread_barrier_t`: 32 bytes.
#[repr(C)]
pub struct Barrier {
    /// Threads still to arrive in this round.
    left: AtomicI32,
    /// Round number: waiters sleep until it changes.
    round: AtomicI32,
    limit: c_int,
    shared: c_int,
    _pad: [c_int; 4],
}

const _: () = assert!(core::mem::size_of::<Barrier>() == 32);

/// `int pthread_barrier_init(pthread_barrier_t *b, const pthread_barrierattr_t *a, unsigned count);`
///
/// # Safety
/// `b` writable; `a` NULL or initialised.
///
/// # Errors
/// `EINVAL` for a count of 0 or above `INT_MAX`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrier_init(
    b: *mut Barrier,
    a: *const c_uint,
    count: c_uint,
) -> c_int {
    if count == 0 || count > i32::MAX as c_uint {
        return EINVAL;
    }
    // SAFETY: the caller guarantees both pointers.
    unsafe {
        core::ptr::write_bytes(b, 0, 1);
        (*b).left = AtomicI32::new(count as i32);
        (*b).limit = count as c_int;
        (*b).shared = (!a.is_null() && *a != 0) as c_int;
    }
    0
}

/// `int pthread_barrier_destroy(pthread_barrier_t *b);`
///
/// # Safety
/// `b` must be initialised with no waiters.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrier_destroy(_b: *mut Barrier) -> c_int {
    0
}

/// `int pthread_barrier_wait(pthread_barrier_t *b);` — returns
/// `PTHREAD_BARRIER_SERIAL_THREAD` (-1) in exactly one thread of each round, 0 in the rest.
///
/// # Safety
/// `b` must be initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_barrier_wait(b: *mut Barrier) -> c_int {
    // SAFETY: the caller guarantees `b`.
    let b = unsafe { &*b };
    let shared = b.shared != 0;
    let round = b.round.load(Ordering::Acquire);
    if b.left.fetch_sub(1, Ordering::AcqRel) == 1 {
        b.left.store(b.limit, Ordering::Relaxed);
        b.round.fetch_add(1, Ordering::Release);
        crate::sys::futex::wake_in(&b.round, i32::MAX, shared);
        return -1;
    }
    while b.round.load(Ordering::Acquire) == round {
        crate::sys::futex::wait_in(&b.round, round, shared);
    }
    0
}

//! The allocator's global lock (segments, orphaned spans, the large-block table) and the
//! flag that says whether locking is needed at all (rcc-internal; musl: src/malloc/lock.h).
use core::sync::atomic::{AtomicI32, Ordering};

/// Set (once, never cleared) by `pthread_create` before it starts the first thread. While
/// it is false the global lock and the atomic read-modify-writes on span free lists are
/// skipped. One flag for all of libc: `crate::thread::state::MULTI_THREADED`.
pub use crate::thread::state::MULTI_THREADED;

/// Whether other threads may run allocator code concurrently.
#[inline(always)]
pub fn multi_threaded() -> bool {
    MULTI_THREADED.load(Ordering::Relaxed)
}

/// Called by the threads code before it creates the first thread.
pub fn enable_threads() {
    MULTI_THREADED.store(true, Ordering::SeqCst);
}

/// 0 unlocked, 1 locked, 2 locked with waiters (a three-state futex mutex).
static LOCK: AtomicI32 = AtomicI32::new(0);

/// Held for the lifetime of the guard.
pub struct Guard {
    taken: bool,
}

/// Takes the global allocator lock (a no-op while single-threaded).
#[inline]
pub fn lock() -> Guard {
    if !multi_threaded() {
        return Guard { taken: false };
    }
    if LOCK
        .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        lock_slow();
    }
    Guard { taken: true }
}

#[cold]
fn lock_slow() {
    for _ in 0..100 {
        core::hint::spin_loop();
        if LOCK.load(Ordering::Relaxed) == 0
            && LOCK
                .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
                .is_ok()
        {
            return;
        }
    }
    while LOCK.swap(2, Ordering::Acquire) != 0 {
        crate::sys::futex::wait(&LOCK, 2);
    }
}

impl Drop for Guard {
    #[inline]
    fn drop(&mut self) {
        if self.taken && LOCK.swap(0, Ordering::Release) == 2 {
            crate::sys::futex::wake(&LOCK, 1);
        }
    }
}

/// For `fork`: the parent takes the lock before forking and both sides release it after,
/// so the child never inherits it held by a thread that does not exist there.
pub fn lock_for_fork() -> Guard {
    lock()
}

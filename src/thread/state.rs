//! Process-wide thread bookkeeping: the join/detach states, the live-thread count, and
//! the lock that serialises thread creation and exit (musl: src/internal/pthread_impl.h).
use core::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// `Thread::detach_state` values.
pub const EXITED: i32 = 0;
pub const EXITING: i32 = 1;
pub const JOINABLE: i32 = 2;
pub const DETACHED: i32 = 3;

/// `PTHREAD_KEYS_MAX`.
pub const KEYS_MAX: usize = 128;
/// `PTHREAD_DESTRUCTOR_ITERATIONS`.
pub const DESTRUCTOR_ITERATIONS: usize = 4;

/// Live threads minus one (whichever thread is the main one): the thread that brings
/// it below zero in `pthread_exit` is the last and ends the process.
pub static OTHER_THREADS: AtomicI32 = AtomicI32::new(0);
/// Set once a second thread has ever been created: libc's internal locks are skipped
/// until then.
pub static MULTI_THREADED: AtomicBool = AtomicBool::new(false);

/// Whether more than one thread may be running.
#[inline]
pub fn multi_threaded() -> bool {
    MULTI_THREADED.load(Ordering::Relaxed)
}

/// A small futex lock for libc-internal state (0 free, 1 held, 2 held with waiters).
pub struct Lock(AtomicI32);

impl Lock {
    pub const fn new() -> Lock {
        Lock(AtomicI32::new(0))
    }

    pub fn lock(&self) {
        if self
            .0
            .compare_exchange(0, 1, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
        {
            return;
        }
        while self.0.swap(2, Ordering::Acquire) != 0 {
            crate::sys::futex::wait(&self.0, 2);
        }
    }

    pub fn unlock(&self) {
        if self.0.swap(0, Ordering::Release) == 2 {
            crate::sys::futex::wake(&self.0, 1);
        }
    }
}

impl Default for Lock {
    fn default() -> Self {
        Lock::new()
    }
}

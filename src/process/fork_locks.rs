//! The libc-internal locks `fork` holds across the kernel call so that the child finds
//! them in a usable state (musl: the lock list in src/process/fork.c). They are taken
//! outermost first — every lock that can be held while taking another comes before it —
//! and the allocator's lock, the innermost, is taken by `fork` itself after these.
use crate::thread::state::Lock;
use core::sync::atomic::Ordering;

/// The plain internal locks, in taking order.
fn locks() -> [&'static Lock; 11] {
    [
        &crate::passwd::getpwent::LOCK,
        &crate::passwd::getgrent::LOCK,
        &crate::passwd::getspnam::LOCK,
        &crate::misc::syslog::LOCK,
        &crate::env::setenv::LOCK,
        &crate::locale::locale_map::LOCK,
        &crate::exit::atexit::LOCK,
        &crate::exit::at_quick_exit::LOCK,
        &crate::prng::random::S.lock,
        &crate::thread::pthread_key_create::KEY_LOCK,
        &crate::thread::stack_cache::LOCK,
    ]
}

/// Takes every lock (prepare step).
pub fn prepare() {
    for l in locks() {
        l.lock();
    }
    // The time-zone state's lock is a spin flag.
    while crate::time::tz::LOCK.swap(true, Ordering::Acquire) {
        core::hint::spin_loop();
    }
    crate::stdio::ofl::fork_prepare();
}

/// Releases every lock, in the parent or (`child`, with the forking thread's old `tid`)
/// in the child, where the threads that were waiting for them no longer exist.
pub fn release(child: Option<i32>) {
    match child {
        Some(old_tid) => crate::stdio::ofl::fork_child(old_tid),
        None => crate::stdio::ofl::fork_parent(),
    }
    crate::time::tz::LOCK.store(false, Ordering::Release);
    for l in locks().iter().rev() {
        l.unlock();
    }
}

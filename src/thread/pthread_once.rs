//! `pthread_once` (POSIX; musl: src/thread/pthread_once.c).
use crate::abi::types::c_int;
use core::sync::atomic::{AtomicI32, Ordering};

const INIT: i32 = 0;
const RUNNING: i32 = 1;
const WAITING: i32 = 2;
const DONE: i32 = 3;

/// `int pthread_once(pthread_once_t *once, void (*init)(void));` — `init` runs exactly
/// once; concurrent callers wait until it has returned.
///
/// # Safety
/// `once` must be a `pthread_once_t` initialised with `PTHREAD_ONCE_INIT` (0).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_once(once: *mut c_int, init: unsafe extern "C" fn()) -> c_int {
    // SAFETY: pthread_once_t is an aligned int used only through this function.
    let w = unsafe { AtomicI32::from_ptr(once) };
    if w.load(Ordering::Acquire) == DONE {
        return 0;
    }
    loop {
        match w.compare_exchange(INIT, RUNNING, Ordering::Acquire, Ordering::Acquire) {
            Ok(_) => {
                // SAFETY: the caller's initialiser.
                unsafe { init() };
                if w.swap(DONE, Ordering::Release) == WAITING {
                    crate::sys::futex::wake(w, i32::MAX);
                }
                return 0;
            }
            Err(DONE) => return 0,
            Err(RUNNING) => {
                let _ = w.compare_exchange(RUNNING, WAITING, Ordering::Relaxed, Ordering::Relaxed);
            }
            Err(WAITING) => crate::sys::futex::wait(w, WAITING),
            Err(_) => return 0,
        }
    }
}

//! The helper threads behind `SIGEV_THREAD` notification (`mq_notify`, `timer_create`;
//! musl: src/mq/mq_notify.c, src/time/timer_create.c): a detached thread made with the
//! caller's `sigev_notify_attributes`, started with a handshake so that it can copy its
//! arguments out of the caller's frame before the caller returns.
use super::pthread_attr::Attr;
use super::pthread_create::{StartFn, pthread_create};
use crate::abi::types::{c_int, c_void};
use crate::rt::thread::Thread;
use core::sync::atomic::{AtomicI32, Ordering};

/// Starts `f(arg)` on a detached thread with the attributes `attr` (null: defaults) and
/// waits until the thread calls [`started`] with `arg`'s handshake word.
///
/// # Safety
/// `attr` null or an initialised `pthread_attr_t`; `f` must call [`started`] on `ready`.
pub unsafe fn spawn(
    attr: *const Attr,
    f: StartFn,
    arg: *mut c_void,
    ready: &AtomicI32,
) -> Result<(), c_int> {
    let mut a = if attr.is_null() {
        Attr::defaults()
    } else {
        // SAFETY: the caller guarantees an initialised attribute object.
        unsafe { *attr }
    };
    a.detach = 1;
    let mut t: *mut Thread = core::ptr::null_mut();
    // SAFETY: `t` and `a` are locals; `f` is the caller's start routine.
    let r = unsafe { pthread_create(&mut t, &a, f, arg) };
    if r != 0 {
        return Err(r);
    }
    while ready.load(Ordering::Acquire) == 0 {
        crate::sys::futex::wait(ready, 0);
    }
    Ok(())
}

/// Called by the new thread once it no longer needs the spawner's frame.
pub fn started(ready: &AtomicI32) {
    ready.store(1, Ordering::Release);
    crate::sys::futex::wake(ready, 1);
}

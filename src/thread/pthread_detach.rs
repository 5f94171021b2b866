//! `pthread_detach` (POSIX; musl: src/thread/pthread_detach.c).
use super::state::{DETACHED, JOINABLE};
use crate::abi::types::c_int;
use crate::rt::thread::Thread;
use core::sync::atomic::Ordering;

/// `int pthread_detach(pthread_t t);` — a thread already exiting is joined instead, so
/// its memory is freed either way.
///
/// # Safety
/// `t` must be a joinable thread.
///
/// # Errors
/// `EINVAL` if `t` is already detached.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_detach(t: *mut Thread) -> c_int {
    // SAFETY: the caller passes a live thread id.
    let st = unsafe { &(*t).detach_state };
    match st.compare_exchange(JOINABLE, DETACHED, Ordering::AcqRel, Ordering::Acquire) {
        Ok(_) => 0,
        Err(DETACHED) => crate::abi::errno::EINVAL,
        // SAFETY: the thread is exiting and nobody else may join it.
        Err(_) => unsafe { super::pthread_join::pthread_join(t, core::ptr::null_mut()) },
    }
}

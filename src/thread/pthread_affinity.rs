//! `pthread_setaffinity_np`, `pthread_getaffinity_np` (GNU; musl: src/sched/affinity.c):
//! the sched_*affinity calls on one thread's tid, returning the error number.
use super::pthread_setschedparam::live_tid;
use crate::abi::errno::ESRCH;
use crate::abi::sched::cpu_set_t;
use crate::abi::types::c_int;
use crate::rt::thread::Thread;
use crate::sys::{check, nr::*, syscall3};

/// `int pthread_setaffinity_np(pthread_t t, size_t size, const cpu_set_t *set);`
///
/// # Safety
/// `t` must be a live or unjoined thread id; `set` readable for `size` bytes.
///
/// # Errors
/// `EINVAL` (no allowed CPU in the set), `ESRCH`, `EPERM`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setaffinity_np(
    t: *mut Thread,
    size: usize,
    set: *const cpu_set_t,
) -> c_int {
    // SAFETY: the caller guarantees `t`.
    let Some(tid) = (unsafe { live_tid(t) }) else {
        return ESRCH;
    };
    // SAFETY: the caller guarantees `size` readable bytes at `set`.
    match check(unsafe { syscall3(SYS_sched_setaffinity, tid as usize, size, set as usize) }) {
        Ok(_) => 0,
        Err(e) => e.0,
    }
}

/// `int pthread_getaffinity_np(pthread_t t, size_t size, cpu_set_t *set);` — bytes of
/// `set` past the kernel's mask are zeroed.
///
/// # Safety
/// `t` must be a live or unjoined thread id; `set` writable for `size` bytes.
///
/// # Errors
/// `EINVAL` (`size` smaller than the kernel's mask), `ESRCH`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getaffinity_np(
    t: *mut Thread,
    size: usize,
    set: *mut cpu_set_t,
) -> c_int {
    // SAFETY: the caller guarantees `t`.
    let Some(tid) = (unsafe { live_tid(t) }) else {
        return ESRCH;
    };
    // SAFETY: the caller guarantees `size` writable bytes at `set`.
    match unsafe { crate::sched::affinity::get(tid, size, set) } {
        Ok(()) => 0,
        Err(e) => e.0,
    }
}

//! `sigpending` (POSIX sigpending(); musl: src/signal/sigpending.c).
use super::sigaction::user_set;
use crate::abi::signal::sigset_t;
use crate::abi::types::c_int;
use crate::errno::c_ret;

/// `int sigpending(sigset_t *set);` — the signals blocked and pending for this thread
/// or the process.
///
/// # Safety
/// `set` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigpending(set: *mut sigset_t) -> c_int {
    let mut k = 0u64;
    let r = crate::sys::signal::sigpending(&mut k).map(|()| {
        // SAFETY: the caller guarantees `set`.
        unsafe { *set = user_set(k) };
        0
    });
    c_ret(r, -1)
}

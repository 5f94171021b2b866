//! `sigemptyset`, `sigfillset` (POSIX sigemptyset(); musl: src/signal/sigemptyset.c, sigfillset.c).
use crate::abi::signal::sigset_t;
use crate::abi::types::c_int;

/// `int sigemptyset(sigset_t *set);`
///
/// # Safety
/// `set` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigemptyset(set: *mut sigset_t) -> c_int {
    // SAFETY: the caller guarantees `set`.
    unsafe { (*set).__bits = [0; 16] };
    0
}

/// `int sigfillset(sigset_t *set);` — every signal except libc's own 32..=34, as musl.
///
/// # Safety
/// `set` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigfillset(set: *mut sigset_t) -> c_int {
    // SAFETY: the caller guarantees `set`.
    unsafe {
        (*set).__bits = [0; 16];
        (*set).__bits[0] = super::block::APP;
    }
    0
}

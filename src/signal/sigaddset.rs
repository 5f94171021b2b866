//! `sigaddset`, `sigdelset`, `sigismember` (POSIX sigaddset(); musl: src/signal/sigaddset.c,
//! sigdelset.c, sigismember.c).
use super::block::bit;
use super::sigaction::check_sig;
use crate::abi::signal::sigset_t;
use crate::abi::types::c_int;
use crate::errno::c_ret;

/// `int sigaddset(sigset_t *set, int sig);`
///
/// # Safety
/// `set` must be valid.
///
/// # Errors
/// `EINVAL` unless `sig` is 1..=64 and not one of libc's 32..=34 (as musl).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigaddset(set: *mut sigset_t, sig: c_int) -> c_int {
    // SAFETY: the caller guarantees `set`.
    c_ret(
        check_sig(sig)
            .map(|()| unsafe { (*set).__bits[0] |= bit(sig) })
            .map(|()| 0),
        -1,
    )
}

/// `int sigdelset(sigset_t *set, int sig);`
///
/// # Safety
/// `set` must be valid.
///
/// # Errors
/// `EINVAL` as for `sigaddset`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigdelset(set: *mut sigset_t, sig: c_int) -> c_int {
    // SAFETY: the caller guarantees `set`.
    c_ret(
        check_sig(sig)
            .map(|()| unsafe { (*set).__bits[0] &= !bit(sig) })
            .map(|()| 0),
        -1,
    )
}

/// `int sigismember(const sigset_t *set, int sig);` — 1 or 0.
///
/// DIFF(glibc): as musl, a number outside 1..=64 is simply not a member (0, errno
/// untouched); glibc fails with `EINVAL`.
///
/// # Safety
/// `set` must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigismember(set: *const sigset_t, sig: c_int) -> c_int {
    if (sig as u32).wrapping_sub(1) >= 64 {
        return 0;
    }
    // SAFETY: the caller guarantees `set`.
    (unsafe { (*set).__bits[0] } & bit(sig) != 0) as c_int
}

//! GNU `sigandset`, `sigorset`, `sigisemptyset` (musl: src/signal/sigandset.c, sigorset.c,
//! sigisemptyset.c).
use crate::abi::signal::sigset_t;
use crate::abi::types::c_int;

/// `int sigandset(sigset_t *dest, const sigset_t *left, const sigset_t *right);`
///
/// # Safety
/// All three must be valid (they may alias).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigandset(
    dest: *mut sigset_t,
    l: *const sigset_t,
    r: *const sigset_t,
) -> c_int {
    // SAFETY: the caller guarantees the sets; element-wise reads before each write.
    unsafe {
        for i in 0..16 {
            (*dest).__bits[i] = (*l).__bits[i] & (*r).__bits[i];
        }
    }
    0
}

/// `int sigorset(sigset_t *dest, const sigset_t *left, const sigset_t *right);`
///
/// # Safety
/// All three must be valid (they may alias).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigorset(
    dest: *mut sigset_t,
    l: *const sigset_t,
    r: *const sigset_t,
) -> c_int {
    // SAFETY: as for sigandset.
    unsafe {
        for i in 0..16 {
            (*dest).__bits[i] = (*l).__bits[i] | (*r).__bits[i];
        }
    }
    0
}

/// `int sigisemptyset(const sigset_t *set);` — 1 if no signal 1..=64 is in `set`.
///
/// # Safety
/// `set` must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigisemptyset(set: *const sigset_t) -> c_int {
    // SAFETY: the caller guarantees `set`.
    (unsafe { (*set).__bits[0] } == 0) as c_int
}

//! `posix_spawnattr_*` (POSIX; musl: src/process/posix_spawnattr_*.c). As musl, the
//! scheduling attributes are unsupported (`ENOSYS`).
use crate::abi::errno::{EINVAL, ENOSYS};
use crate::abi::sched::sched_param;
use crate::abi::signal::sigset_t;
use crate::abi::spawn::*;
use crate::abi::types::{c_int, c_short, pid_t};

/// Every defined `POSIX_SPAWN_*` flag.
const ALL_FLAGS: c_int = POSIX_SPAWN_RESETIDS
    | POSIX_SPAWN_SETPGROUP
    | POSIX_SPAWN_SETSIGDEF
    | POSIX_SPAWN_SETSIGMASK
    | POSIX_SPAWN_SETSCHEDPARAM
    | POSIX_SPAWN_SETSCHEDULER
    | POSIX_SPAWN_USEVFORK
    | POSIX_SPAWN_SETSID;

/// `int posix_spawnattr_init(posix_spawnattr_t *attr);` — everything zero: no flags.
///
/// # Safety
/// `attr` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_init(attr: *mut posix_spawnattr_t) -> c_int {
    // SAFETY: the caller guarantees `attr`; all-zero bytes are a valid value.
    unsafe { attr.write(core::mem::zeroed()) };
    0
}

/// `int posix_spawnattr_destroy(posix_spawnattr_t *attr);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn posix_spawnattr_destroy(_attr: *mut posix_spawnattr_t) -> c_int {
    0
}

/// `int posix_spawnattr_setflags(posix_spawnattr_t *attr, short flags);`
///
/// # Safety
/// `attr` was initialised.
///
/// # Errors
/// Returns `EINVAL` for an unknown flag.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_setflags(
    attr: *mut posix_spawnattr_t,
    flags: c_short,
) -> c_int {
    let f = flags as c_int;
    if f & !ALL_FLAGS != 0 {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `attr`.
    unsafe { (*attr).__flags = f };
    0
}

/// `int posix_spawnattr_getflags(const posix_spawnattr_t *attr, short *flags);`
///
/// # Safety
/// `attr` was initialised; `flags` is writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_getflags(
    attr: *const posix_spawnattr_t,
    flags: *mut c_short,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *flags = (*attr).__flags as c_short };
    0
}

/// `int posix_spawnattr_setpgroup(posix_spawnattr_t *attr, pid_t pgrp);`
///
/// # Safety
/// `attr` was initialised.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_setpgroup(
    attr: *mut posix_spawnattr_t,
    pgrp: pid_t,
) -> c_int {
    // SAFETY: the caller guarantees `attr`.
    unsafe { (*attr).__pgrp = pgrp };
    0
}

/// `int posix_spawnattr_getpgroup(const posix_spawnattr_t *attr, pid_t *pgrp);`
///
/// # Safety
/// `attr` was initialised; `pgrp` is writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_getpgroup(
    attr: *const posix_spawnattr_t,
    pgrp: *mut pid_t,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *pgrp = (*attr).__pgrp };
    0
}

/// `int posix_spawnattr_setsigmask(posix_spawnattr_t *attr, const sigset_t *mask);`
///
/// # Safety
/// `attr` was initialised; `mask` is readable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_setsigmask(
    attr: *mut posix_spawnattr_t,
    mask: *const sigset_t,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { (*attr).__mask = *mask };
    0
}

/// `int posix_spawnattr_getsigmask(const posix_spawnattr_t *attr, sigset_t *mask);`
///
/// # Safety
/// `attr` was initialised; `mask` is writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_getsigmask(
    attr: *const posix_spawnattr_t,
    mask: *mut sigset_t,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *mask = (*attr).__mask };
    0
}

/// `int posix_spawnattr_setsigdefault(posix_spawnattr_t *attr, const sigset_t *def);`
///
/// # Safety
/// `attr` was initialised; `def` is readable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_setsigdefault(
    attr: *mut posix_spawnattr_t,
    def: *const sigset_t,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { (*attr).__def = *def };
    0
}

/// `int posix_spawnattr_getsigdefault(const posix_spawnattr_t *attr, sigset_t *def);`
///
/// # Safety
/// `attr` was initialised; `def` is writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_spawnattr_getsigdefault(
    attr: *const posix_spawnattr_t,
    def: *mut sigset_t,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *def = (*attr).__def };
    0
}

/// `int posix_spawnattr_setschedparam(posix_spawnattr_t *attr, const struct sched_param *p);`
///
/// # Errors
/// Returns `ENOSYS`, as musl.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn posix_spawnattr_setschedparam(
    _a: *mut posix_spawnattr_t,
    _p: *const sched_param,
) -> c_int {
    ENOSYS
}

/// `int posix_spawnattr_getschedparam(const posix_spawnattr_t *attr, struct sched_param *p);`
///
/// # Errors
/// Returns `ENOSYS`, as musl.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn posix_spawnattr_getschedparam(
    _a: *const posix_spawnattr_t,
    _p: *mut sched_param,
) -> c_int {
    ENOSYS
}

/// `int posix_spawnattr_setschedpolicy(posix_spawnattr_t *attr, int policy);`
///
/// # Errors
/// Returns `ENOSYS`, as musl.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn posix_spawnattr_setschedpolicy(
    _a: *mut posix_spawnattr_t,
    _policy: c_int,
) -> c_int {
    ENOSYS
}

/// `int posix_spawnattr_getschedpolicy(const posix_spawnattr_t *attr, int *policy);`
///
/// # Errors
/// Returns `ENOSYS`, as musl.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn posix_spawnattr_getschedpolicy(
    _a: *const posix_spawnattr_t,
    _policy: *mut c_int,
) -> c_int {
    ENOSYS
}

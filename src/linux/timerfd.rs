//! `timerfd_create`, `timerfd_settime`, `timerfd_gettime` (Linux timerfd_create(2);
//! musl: src/linux/timerfd.c).
use crate::abi::time::itimerspec;
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::nr::{SYS_timerfd_create, SYS_timerfd_gettime, SYS_timerfd_settime};
use crate::sys::signal::{call2, call4};

/// `int timerfd_create(int clockid, int flags);`
///
/// # Errors
/// `EINVAL`, `EMFILE`, `ENFILE`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn timerfd_create(clockid: c_int, flags: c_int) -> c_int {
    // SAFETY: no memory is passed.
    c_ret(
        unsafe { call2(SYS_timerfd_create, clockid as usize, flags as usize) }
            .map(|fd| fd as c_int),
        -1,
    )
}

/// `int timerfd_settime(int fd, int flags, const struct itimerspec *new, struct itimerspec *old);`
///
/// # Safety
/// `new` valid; `old` null or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn timerfd_settime(
    fd: c_int,
    flags: c_int,
    new: *const itimerspec,
    old: *mut itimerspec,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    let r = unsafe {
        call4(
            SYS_timerfd_settime,
            fd as usize,
            flags as usize,
            new as usize,
            old as usize,
        )
    };
    c_ret(r.map(|_| 0), -1)
}

/// `int timerfd_gettime(int fd, struct itimerspec *cur);`
///
/// # Safety
/// `cur` writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn timerfd_gettime(fd: c_int, cur: *mut itimerspec) -> c_int {
    // SAFETY: the caller guarantees `cur`.
    c_ret(
        unsafe { call2(SYS_timerfd_gettime, fd as usize, cur as usize) }.map(|_| 0),
        -1,
    )
}

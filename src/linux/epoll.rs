//! `epoll_create`, `epoll_create1`, `epoll_ctl`, `epoll_wait`, `epoll_pwait` (Linux
//! epoll(7); musl: src/linux/epoll.c).
use crate::abi::epoll::epoll_event;
use crate::abi::errno::EINVAL;
use crate::abi::signal::sigset_t;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::signal::KSET;
use crate::sys::{nr::*, syscall1, syscall4};

/// `int epoll_create(int size);`: `size` is only checked to be positive.
///
/// DIFF(musl): musl 1.2.3 ignores `size`; rcc refuses `size <= 0` as the kernel's
/// epoll_create and glibc do (and Linux's documentation says).
///
/// # Errors
/// `EINVAL` (`size <= 0`), `EMFILE`, `ENFILE`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn epoll_create(size: c_int) -> c_int {
    if size <= 0 {
        return __syscall_ret(-(EINVAL as isize)) as c_int;
    }
    epoll_create1(0)
}

/// `int epoll_create1(int flags);`
///
/// # Errors
/// `EINVAL` (flags other than `EPOLL_CLOEXEC`), `EMFILE`, `ENFILE`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn epoll_create1(flags: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_epoll_create1, flags as usize) }) as c_int
}

/// `int epoll_ctl(int epfd, int op, int fd, struct epoll_event *ev);`
///
/// # Safety
/// `ev` is readable (it may be null for `EPOLL_CTL_DEL`).
///
/// # Errors
/// `EBADF`, `EEXIST`, `EINVAL`, `ELOOP`, `ENOENT`, `ENOMEM`, `ENOSPC`, `EPERM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn epoll_ctl(
    epfd: c_int,
    op: c_int,
    fd: c_int,
    ev: *mut epoll_event,
) -> c_int {
    // SAFETY: the caller guarantees `ev`.
    let r = unsafe {
        syscall4(
            SYS_epoll_ctl,
            epfd as usize,
            op as usize,
            fd as usize,
            ev as usize,
        )
    };
    __syscall_ret(r) as c_int
}

/// `int epoll_pwait(int epfd, struct epoll_event *evs, int n, int timeout, const sigset_t *mask);`
///
/// # Safety
/// `evs` is writable for `n` events; `mask` is null or a valid set.
///
/// # Errors
/// `EBADF`, `EFAULT`, `EINTR`, `EINVAL` (`n <= 0`, not an epoll descriptor).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn epoll_pwait(
    epfd: c_int,
    evs: *mut epoll_event,
    n: c_int,
    timeout: c_int,
    mask: *const sigset_t,
) -> c_int {
    // A cancellation point.
    // SAFETY: the caller guarantees `evs` and `mask`.
    let r = unsafe {
        crate::thread::syscall_cp::cp6(
            SYS_epoll_pwait,
            epfd as usize,
            evs as usize,
            n as usize,
            timeout as usize,
            mask as usize,
            KSET,
        )
    };
    __syscall_ret(r) as c_int
}

/// `int epoll_wait(int epfd, struct epoll_event *evs, int n, int timeout);`
///
/// # Safety
/// `evs` is writable for `n` events.
///
/// # Errors
/// As `epoll_pwait`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn epoll_wait(
    epfd: c_int,
    evs: *mut epoll_event,
    n: c_int,
    timeout: c_int,
) -> c_int {
    // SAFETY: forwarded; a null mask leaves the signal mask alone.
    unsafe { epoll_pwait(epfd, evs, n, timeout, core::ptr::null()) }
}

//! `sigtimedwait`, `sigwaitinfo`, `sigwait` (POSIX sigtimedwait(), sigwait(); musl:
//! src/signal/sigtimedwait.c, sigwaitinfo.c, sigwait.c).
use crate::abi::errno::EINTR;
use crate::abi::signal::{siginfo_t, sigset_t};
use crate::abi::time::timespec;
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::Errno;

/// Takes one signal of `set`, retrying after `EINTR` as musl does.
///
/// # Safety
/// `info` is null or writable; `ts` is null or valid.
unsafe fn wait(
    set: *const sigset_t,
    info: *mut siginfo_t,
    ts: *const timespec,
) -> Result<c_int, Errno> {
    // SAFETY: the caller guarantees `set`.
    let k = unsafe { (*set).__bits[0] };
    loop {
        // SAFETY: the caller guarantees `info` and `ts`.
        // A cancellation point.
        let r = unsafe {
            crate::thread::syscall_cp::cp4(
                crate::sys::nr::SYS_rt_sigtimedwait,
                &raw const k as usize,
                info as usize,
                ts as usize,
                8,
            )
        };
        match crate::sys::check(r).map(|s| s as c_int) {
            Err(Errno(EINTR)) => continue,
            r => return r,
        }
    }
}

/// `int sigtimedwait(const sigset_t *restrict set, siginfo_t *restrict info,
/// const struct timespec *restrict timeout);`
///
/// # Safety
/// `set` is valid; `info` null or writable; `timeout` null or valid.
///
/// # Errors
/// `EAGAIN` when the timeout passes; `EINVAL` for a bad timeout.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigtimedwait(
    set: *const sigset_t,
    info: *mut siginfo_t,
    timeout: *const timespec,
) -> c_int {
    // SAFETY: forwarded from the caller.
    c_ret(unsafe { wait(set, info, timeout) }, -1)
}

/// `int sigwaitinfo(const sigset_t *restrict set, siginfo_t *restrict info);`
///
/// # Safety
/// `set` is valid; `info` null or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigwaitinfo(set: *const sigset_t, info: *mut siginfo_t) -> c_int {
    // SAFETY: forwarded from the caller.
    c_ret(unsafe { wait(set, info, core::ptr::null()) }, -1)
}

/// `int sigwait(const sigset_t *restrict set, int *restrict sig);` — stores the signal
/// taken in `*sig`.
///
/// # Safety
/// `set` is valid; `sig` writable.
///
/// # Errors
/// DIFF(glibc): as musl, -1 with `errno` set on failure (POSIX says return the error).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigwait(set: *const sigset_t, sig: *mut c_int) -> c_int {
    // SAFETY: forwarded from the caller.
    let r = unsafe { wait(set, core::ptr::null_mut(), core::ptr::null()) }.map(|s| {
        // SAFETY: the caller guarantees `sig`.
        unsafe { *sig = s };
        0
    });
    c_ret(r, -1)
}

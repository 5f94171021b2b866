//! `waitpid`, `wait` (POSIX wait(); musl: src/process/waitpid.c, wait.c).
use crate::abi::types::{c_int, pid_t};

/// `pid_t waitpid(pid_t pid, int *status, int options);`
///
/// # Safety
/// `status` is null or writable.
///
/// # Errors
/// `ECHILD`, `EINTR`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn waitpid(pid: pid_t, status: *mut c_int, options: c_int) -> pid_t {
    // A cancellation point (wait4 is not).
    // SAFETY: the caller guarantees `status`; no rusage is asked for.
    let r = unsafe {
        crate::thread::syscall_cp::cp4(
            crate::sys::nr::SYS_wait4,
            pid as usize,
            status as usize,
            options as usize,
            0,
        )
    };
    crate::errno::__syscall_ret(r) as pid_t
}

/// `pid_t wait(int *status);` — `waitpid(-1, status, 0)`.
///
/// # Safety
/// As [`waitpid`].
///
/// # Errors
/// `ECHILD`, `EINTR`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wait(status: *mut c_int) -> pid_t {
    // SAFETY: the caller's contract.
    unsafe { waitpid(-1, status, 0) }
}

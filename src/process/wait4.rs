//! `wait4`, `wait3` (BSD; musl: src/linux/wait4.c, wait3.c).
use crate::abi::resource::rusage;
use crate::abi::types::{c_int, pid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_wait4, syscall4};

/// `pid_t wait4(pid_t pid, int *status, int options, struct rusage *ru);`
///
/// # Safety
/// `status` and `ru` are null or writable.
///
/// # Errors
/// `ECHILD` (no such child), `EINTR`, `EINVAL` (bad options).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wait4(
    pid: pid_t,
    status: *mut c_int,
    options: c_int,
    ru: *mut rusage,
) -> pid_t {
    // SAFETY: the caller guarantees both pointers.
    let r = unsafe {
        syscall4(
            SYS_wait4,
            pid as usize,
            status as usize,
            options as usize,
            ru as usize,
        )
    };
    __syscall_ret(r) as pid_t
}

/// `pid_t wait3(int *status, int options, struct rusage *ru);` — `wait4` on any child.
///
/// # Safety
/// As [`wait4`].
///
/// # Errors
/// As [`wait4`].
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wait3(status: *mut c_int, options: c_int, ru: *mut rusage) -> pid_t {
    // SAFETY: the caller's contract.
    unsafe { wait4(-1, status, options, ru) }
}

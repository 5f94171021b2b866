//! `execve` (POSIX exec; musl: src/process/execve.c).
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{Errno, check, nr::SYS_execve, syscall3};

/// `execve(2)`: returns only on failure.
///
/// # Safety
/// `path` is NUL-terminated; `argv` and `envp` are null-terminated arrays of strings.
pub unsafe fn exec(
    path: *const c_char,
    argv: *const *const c_char,
    envp: *const *const c_char,
) -> Errno {
    // SAFETY: the caller guarantees the arguments.
    match check(unsafe { syscall3(SYS_execve, path as usize, argv as usize, envp as usize) }) {
        Err(e) => e,
        Ok(_) => Errno(0),
    }
}

/// `int execve(const char *path, char *const argv[], char *const envp[]);`
///
/// # Safety
/// `path` is NUL-terminated; `argv` and `envp` are null-terminated arrays of strings.
///
/// # Errors
/// `ENOENT`, `EACCES`, `ENOEXEC`, `ENOTDIR`, `E2BIG`, `ENAMETOOLONG`, `ELOOP`, `EFAULT`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn execve(
    path: *const c_char,
    argv: *const *const c_char,
    envp: *const *const c_char,
) -> c_int {
    // SAFETY: the caller guarantees the arguments.
    __syscall_ret(unsafe { syscall3(SYS_execve, path as usize, argv as usize, envp as usize) })
        as c_int
}

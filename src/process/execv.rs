//! `execv` (POSIX exec; musl: src/process/execv.c).
use crate::abi::types::{c_char, c_int};

/// `int execv(const char *path, char *const argv[]);` — `execve` with `environ`.
///
/// # Safety
/// `path` is NUL-terminated; `argv` is a null-terminated array of strings.
///
/// # Errors
/// As `execve`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn execv(path: *const c_char, argv: *const *const c_char) -> c_int {
    let envp = crate::env::__environ::get() as *const *const c_char;
    // SAFETY: the caller guarantees path and argv; environ is always valid.
    unsafe { super::execve::execve(path, argv, envp) }
}

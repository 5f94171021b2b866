//! `__environ` and its aliases `environ`, `_environ`, `___environ` (musl: src/env/__environ.c).
#![allow(non_upper_case_globals)]
use crate::abi::types::c_char;

/// `extern char **__environ;` — the process environment.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut __environ: *mut *mut c_char = core::ptr::null_mut();

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak environ",
    ".set environ, __environ",
    ".weak _environ",
    ".set _environ, __environ",
    ".weak ___environ",
    ".set ___environ, __environ",
);

/// Replaces the environment pointer.
///
/// # Safety
/// `envp` must be NULL or a NULL-terminated array of `NAME=value` strings.
pub unsafe fn set(envp: *mut *mut c_char) {
    // SAFETY: the caller guarantees envp; single writer at startup or under the env lock.
    unsafe { __environ = envp };
}

/// The current environment pointer.
pub fn get() -> *mut *mut c_char {
    // SAFETY: a plain load of the exported pointer.
    unsafe { *(&raw const __environ) }
}

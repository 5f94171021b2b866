//! `__libc_current_sigrtmin`, `__libc_current_sigrtmax`: what `SIGRTMIN`/`SIGRTMAX` expand
//! to (musl: src/signal/sigrtmin.c, sigrtmax.c).
use crate::abi::signal::{SIGRTMAX, SIGRTMIN};
use crate::abi::types::c_int;

/// `int __libc_current_sigrtmin(void);` — 35: libc keeps 32..=34.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __libc_current_sigrtmin() -> c_int {
    SIGRTMIN
}

/// `int __libc_current_sigrtmax(void);` — 64.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __libc_current_sigrtmax() -> c_int {
    SIGRTMAX
}

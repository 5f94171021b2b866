//! `signal` and `bsd_signal` (C17 7.14.1.1; musl: src/signal/signal.c): BSD semantics, the
//! handler stays installed and interrupted calls restart (`SA_RESTART`).
use super::sigaction::do_sigaction;
use crate::abi::signal::{SA_RESTART, SIG_ERR, sigaction as Sigaction, sigset_t};
use crate::abi::types::c_int;
use crate::errno::c_ret;

/// A `struct sigaction` for `handler` with `flags` and an empty mask.
pub fn action(handler: usize, flags: c_int) -> Sigaction {
    Sigaction {
        sa_handler: handler,
        sa_mask: sigset_t { __bits: [0; 16] },
        sa_flags: flags,
        sa_restorer: 0,
    }
}

/// `void (*signal(int sig, void (*func)(int)))(int);` — returns the previous handler.
///
/// # Errors
/// `EINVAL` for a bad signal number (the result is then `SIG_ERR`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn signal(sig: c_int, func: usize) -> usize {
    let mut old = action(0, 0);
    let new = action(func, SA_RESTART);
    c_ret(
        do_sigaction(sig, Some(&new), Some(&mut old)).map(|()| old.sa_handler),
        SIG_ERR,
    )
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak bsd_signal", ".set bsd_signal, signal");

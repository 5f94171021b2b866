//! `siginterrupt` (XSI; musl: src/signal/siginterrupt.c): whether `sig` interrupts calls.
use super::sigaction::do_sigaction;
use super::signal::action;
use crate::abi::signal::SA_RESTART;
use crate::abi::types::c_int;
use crate::errno::c_ret;

/// `int siginterrupt(int sig, int flag);` — a nonzero `flag` clears `SA_RESTART` for the
/// current handler of `sig`, zero sets it.
///
/// # Errors
/// `EINVAL` for a bad signal.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn siginterrupt(sig: c_int, flag: c_int) -> c_int {
    let mut sa = action(0, 0);
    let r = do_sigaction(sig, None, Some(&mut sa)).and_then(|()| {
        if flag != 0 {
            sa.sa_flags &= !SA_RESTART;
        } else {
            sa.sa_flags |= SA_RESTART;
        }
        do_sigaction(sig, Some(&sa), None)
    });
    c_ret(r.map(|()| 0), -1)
}

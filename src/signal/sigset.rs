//! XSI `sigset` (musl: src/signal/sigset.c): install a handler, or hold the signal.
use super::block::bit;
use super::sigaction::{check_sig, do_sigaction};
use super::signal::action;
use crate::abi::signal::{SIG_BLOCK, SIG_ERR, SIG_HOLD, SIG_UNBLOCK};
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::{Errno, proc};

fn set(sig: c_int, handler: usize) -> Result<usize, Errno> {
    check_sig(sig)?;
    let mut old = action(0, 0);
    let mut was = 0u64;
    if handler == SIG_HOLD {
        do_sigaction(sig, None, Some(&mut old))?;
        proc::sigprocmask(SIG_BLOCK, Some(&bit(sig)), Some(&mut was))?;
    } else {
        do_sigaction(sig, Some(&action(handler, 0)), Some(&mut old))?;
        proc::sigprocmask(SIG_UNBLOCK, Some(&bit(sig)), Some(&mut was))?;
    }
    Ok(if was & bit(sig) != 0 {
        SIG_HOLD
    } else {
        old.sa_handler
    })
}

/// `void (*sigset(int sig, void (*disp)(int)))(int);` — `SIG_HOLD` blocks `sig`; any
/// other disposition is installed and `sig` unblocked. Returns `SIG_HOLD` if `sig` was
/// blocked, else the previous handler.
///
/// # Errors
/// `EINVAL` for a bad signal (`SIG_ERR` is returned).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sigset(sig: c_int, disp: usize) -> usize {
    c_ret(set(sig, disp), SIG_ERR)
}

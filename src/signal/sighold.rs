//! XSI `sighold`, `sigrelse`, `sigignore`, `sigpause` (musl: src/signal/sighold.c,
//! sigrelse.c, sigignore.c, sigpause.c).
use super::block::bit;
use super::sigaction::{check_sig, do_sigaction};
use crate::abi::signal::{SIG_BLOCK, SIG_IGN, SIG_UNBLOCK};
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::{Errno, proc};

fn change(how: c_int, sig: c_int) -> Result<(), Errno> {
    check_sig(sig)?;
    proc::sigprocmask(how, Some(&bit(sig)), None)
}

/// `int sighold(int sig);` — adds `sig` to the mask.
///
/// # Errors
/// `EINVAL` for a bad signal.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sighold(sig: c_int) -> c_int {
    c_ret(change(SIG_BLOCK, sig).map(|()| 0), -1)
}

/// `int sigrelse(int sig);` — removes `sig` from the mask.
///
/// # Errors
/// `EINVAL` for a bad signal.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sigrelse(sig: c_int) -> c_int {
    c_ret(change(SIG_UNBLOCK, sig).map(|()| 0), -1)
}

/// `int sigignore(int sig);` — sets the disposition to `SIG_IGN`.
///
/// # Errors
/// `EINVAL` for a bad signal or `SIGKILL`/`SIGSTOP`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sigignore(sig: c_int) -> c_int {
    let sa = super::signal::action(SIG_IGN, 0);
    c_ret(do_sigaction(sig, Some(&sa), None).map(|()| 0), -1)
}

/// `int sigpause(int sig);` — waits for a signal with `sig` removed from the mask;
/// always -1.
///
/// # Errors
/// `EINTR` after a handler ran.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sigpause(sig: c_int) -> c_int {
    let mut mask = 0u64;
    let r = proc::sigprocmask(SIG_BLOCK, None, Some(&mut mask)).and_then(|()| {
        mask &= !bit(sig);
        // A cancellation point, like sigsuspend.
        // SAFETY: `mask` is a live kernel sigset.
        let r = unsafe {
            crate::thread::syscall_cp::cp2(
                crate::sys::nr::SYS_rt_sigsuspend,
                &raw const mask as usize,
                8,
            )
        };
        crate::sys::check(r).map(drop)
    });
    c_ret(r.map(|()| -1), -1)
}

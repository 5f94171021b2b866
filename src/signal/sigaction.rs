//! `sigaction` (POSIX sigaction(); musl: src/signal/sigaction.c): converts musl's userspace
//! `struct sigaction` to the kernel's and installs rcc's restorer.
use crate::abi::signal::{_NSIG, SA_RESTORER, sigaction as Sigaction, sigset_t};
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::{Errno, proc};

/// EINVAL unless `sig` is 1..=64 and not one of libc's own signals (32..=34).
pub fn check_sig(sig: c_int) -> Result<(), Errno> {
    if (sig as u32).wrapping_sub(1) >= (_NSIG - 1) as u32 || (sig as u32).wrapping_sub(32) < 3 {
        return Err(Errno(crate::abi::errno::EINVAL));
    }
    Ok(())
}

/// A `sigset_t` holding the kernel set `k` (the bits past 64 are zero).
pub fn user_set(k: u64) -> sigset_t {
    let mut s = sigset_t { __bits: [0; 16] };
    s.__bits[0] = k;
    s
}

/// The internal `sigaction`.
pub fn do_sigaction(
    sig: c_int,
    new: Option<&Sigaction>,
    old: Option<&mut Sigaction>,
) -> Result<(), Errno> {
    check_sig(sig)?;
    let knew = new.map(|sa| proc::KSigaction {
        handler: sa.sa_handler,
        flags: (sa.sa_flags | SA_RESTORER) as u32 as u64,
        restorer: crate::arch::sigrestore::restore_rt as *const () as usize,
        mask: sa.sa_mask.__bits[0],
    });
    let mut kold = proc::KSigaction {
        handler: 0,
        flags: 0,
        restorer: 0,
        mask: 0,
    };
    let want_old = old.is_some();
    proc::sigaction(sig, knew.as_ref(), want_old.then_some(&mut kold))?;
    if let Some(o) = old {
        o.sa_handler = kold.handler;
        o.sa_flags = kold.flags as c_int;
        o.sa_restorer = kold.restorer;
        o.sa_mask = user_set(kold.mask);
    }
    Ok(())
}

/// `int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict oact);`
///
/// # Safety
/// `act` and `oact` are null or point at valid `struct sigaction`s.
///
/// # Errors
/// `EINVAL` for a bad signal number, or for a handler on `SIGKILL`/`SIGSTOP`; `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigaction(
    sig: c_int,
    act: *const Sigaction,
    oact: *mut Sigaction,
) -> c_int {
    // SAFETY: the caller guarantees both pointers are null or valid.
    let (new, old) = unsafe { (act.as_ref(), oact.as_mut()) };
    c_ret(do_sigaction(sig, new, old).map(|()| 0), -1)
}

//! `sigprocmask` (POSIX sigprocmask(); musl: src/signal/sigprocmask.c, src/thread/pthread_sigmask.c).
use super::sigaction::user_set;
use crate::abi::errno::EINVAL;
use crate::abi::signal::{SIG_BLOCK, SIG_SETMASK, sigset_t};
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::{Errno, proc};

/// Libc's own signals (32..=34), hidden from the old mask callers see.
const LIBC_SIGS: u64 = 0x3_8000_0000;

/// The internal `sigprocmask`.
pub fn do_sigprocmask(
    how: c_int,
    set: Option<&sigset_t>,
    old: Option<&mut sigset_t>,
) -> Result<(), Errno> {
    if set.is_some() && !(SIG_BLOCK..=SIG_SETMASK).contains(&how) {
        return Err(Errno(EINVAL));
    }
    let kset = set.map(|s| s.__bits[0]);
    let mut kold = 0u64;
    proc::sigprocmask(how, kset.as_ref(), Some(&mut kold))?;
    if let Some(o) = old {
        *o = user_set(kold & !LIBC_SIGS);
    }
    Ok(())
}

/// `int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict oset);`
///
/// # Safety
/// `set` and `oset` are null or valid.
///
/// # Errors
/// `EINVAL` for a bad `how` when `set` is given.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigprocmask(
    how: c_int,
    set: *const sigset_t,
    oset: *mut sigset_t,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    let (set, old) = unsafe { (set.as_ref(), oset.as_mut()) };
    c_ret(do_sigprocmask(how, set, old).map(|()| 0), -1)
}

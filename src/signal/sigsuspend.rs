//! `sigsuspend` (POSIX sigsuspend(); musl: src/signal/sigsuspend.c).
use crate::abi::signal::sigset_t;
use crate::abi::types::c_int;
use crate::errno::c_ret;

/// `int sigsuspend(const sigset_t *mask);` — waits with `mask` in place until a handler
/// has run; always returns -1.
///
/// # Safety
/// `mask` must point at a valid `sigset_t`.
///
/// # Errors
/// `EINTR` after a handler ran; `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigsuspend(mask: *const sigset_t) -> c_int {
    // SAFETY: the caller guarantees `mask`.
    let k = unsafe { (*mask).__bits[0] };
    // A cancellation point.
    // SAFETY: `k` is a live kernel sigset.
    let r = unsafe {
        crate::thread::syscall_cp::cp2(crate::sys::nr::SYS_rt_sigsuspend, &raw const k as usize, 8)
    };
    c_ret(crate::sys::check(r).map(|_| -1), -1)
}

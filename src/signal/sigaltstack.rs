//! `sigaltstack` (POSIX sigaltstack(); musl: src/signal/sigaltstack.c).
use crate::abi::errno::{EINVAL, ENOMEM};
use crate::abi::signal::{MINSIGSTKSZ, SS_DISABLE, SS_ONSTACK, stack_t};
use crate::abi::types::c_int;
use crate::errno::{c_ret, set_errno};

/// `int sigaltstack(const stack_t *restrict ss, stack_t *restrict oss);`
///
/// # Safety
/// `ss` and `oss` are null or valid.
///
/// # Errors
/// `ENOMEM` for a stack smaller than `MINSIGSTKSZ`; `EINVAL` for `SS_ONSTACK` or bad
/// flags; `EPERM` while running on the alternate stack.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sigaltstack(ss: *const stack_t, oss: *mut stack_t) -> c_int {
    // SAFETY: the caller guarantees `ss` is null or valid.
    if let Some(s) = unsafe { ss.as_ref() } {
        if s.ss_flags & SS_DISABLE == 0 && s.ss_size < MINSIGSTKSZ as usize {
            set_errno(ENOMEM);
            return -1;
        }
        if s.ss_flags & SS_ONSTACK != 0 {
            set_errno(EINVAL);
            return -1;
        }
    }
    // SAFETY: as above, for both pointers.
    c_ret(
        unsafe { crate::sys::signal::sigaltstack(ss as usize, oss as usize) }.map(|()| 0),
        -1,
    )
}

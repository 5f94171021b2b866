//! `signalfd` (Linux signalfd(2); musl: src/linux/signalfd.c).
use crate::abi::signal::sigset_t;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::signal::KSET;
use crate::sys::{nr::SYS_signalfd4, syscall4};

/// `int signalfd(int fd, const sigset_t *mask, int flags);`
///
/// `fd == -1` makes a new descriptor; otherwise the mask of `fd` is replaced.
///
/// # Safety
/// `mask` must point at a `sigset_t`.
///
/// # Errors
/// `EBADF`, `EINVAL` (flags, or `fd` not a signalfd), `EMFILE`, `ENFILE`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn signalfd(fd: c_int, mask: *const sigset_t, flags: c_int) -> c_int {
    // SAFETY: the caller guarantees `mask`; the kernel reads its first KSET bytes.
    let r = unsafe {
        syscall4(
            SYS_signalfd4,
            fd as usize,
            mask as usize,
            KSET,
            flags as usize,
        )
    };
    __syscall_ret(r) as c_int
}

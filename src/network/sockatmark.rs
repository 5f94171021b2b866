//! `sockatmark` (POSIX.1-2017 sockatmark(); musl: src/network/sockatmark.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int sockatmark(int fd);`
///
/// # Safety
/// None: the mark flag is read into a local.
///
/// # Errors
/// `EBADF`, `ENOTTY` / `EINVAL` for a descriptor that is not a stream socket.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sockatmark(fd: c_int) -> c_int {
    let mut at: c_int = 0;
    // SAFETY: SIOCATMARK writes one int into `at`.
    let r = unsafe { syscall3(SYS_ioctl, fd as usize, SIOCATMARK, (&raw mut at) as usize) };
    if __syscall_ret(r) < 0 { -1 } else { at }
}

/// `SIOCATMARK` (Linux sockios.h): is the read pointer at the out-of-band mark?
const SIOCATMARK: usize = 0x8905;

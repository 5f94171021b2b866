//! `tcdrain` (POSIX.1-2017 tcdrain(); musl: src/termios/tcdrain.c).
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::tty::TCSBRK;
use crate::sys::{check, nr::SYS_ioctl};
use crate::thread::syscall_cp::cp3;

/// `int tcdrain(int fd);`: waits until all output is sent.
///
/// # Errors
/// `EBADF`, `EINTR`, `ENOTTY`, `EIO`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tcdrain(fd: c_int) -> c_int {
    // A cancellation point.
    // SAFETY: this request takes an integer, not a pointer.
    let r = unsafe { cp3(SYS_ioctl, fd as usize, TCSBRK, 1) };
    c_ret(check(r).map(|_| 0), -1)
}

//! `tcdrain` (POSIX.1-2017 tcdrain(); musl: src/termios/tcdrain.c).
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::tty::{TCSBRK, ioctl};

/// `int tcdrain(int fd);`: waits until all output is sent.
///
/// # Errors
/// `EBADF`, `EINTR`, `ENOTTY`, `EIO`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tcdrain(fd: c_int) -> c_int {
    // SAFETY: this request takes an integer, not a pointer.
    c_ret(unsafe { ioctl(fd, TCSBRK, 1) }.map(|_| 0), -1)
}

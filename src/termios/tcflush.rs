//! `tcflush` (POSIX.1-2017 tcflush(); musl: src/termios/tcflush.c).
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::tty::{TCFLSH, ioctl};

/// `int tcflush(int fd, int queue);`: discards `TCIFLUSH`, `TCOFLUSH` or `TCIOFLUSH` data.
///
/// # Errors
/// `EBADF`, `EINVAL`, `ENOTTY`, `EIO`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tcflush(fd: c_int, queue: c_int) -> c_int {
    // SAFETY: this request takes an integer, not a pointer.
    c_ret(unsafe { ioctl(fd, TCFLSH, queue as usize) }.map(|_| 0), -1)
}

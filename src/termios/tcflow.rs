//! `tcflow` (POSIX.1-2017 tcflow(); musl: src/termios/tcflow.c).
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::tty::{TCXONC, ioctl};

/// `int tcflow(int fd, int action);`: `TCOOFF`, `TCOON`, `TCIOFF` or `TCION`.
///
/// # Errors
/// `EBADF`, `EINVAL`, `ENOTTY`, `EIO`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tcflow(fd: c_int, action: c_int) -> c_int {
    // SAFETY: this request takes an integer, not a pointer.
    c_ret(unsafe { ioctl(fd, TCXONC, action as usize) }.map(|_| 0), -1)
}

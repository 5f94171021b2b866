//! `tcsendbreak` (POSIX.1-2017 tcsendbreak(); musl: src/termios/tcsendbreak.c).
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::tty::{TCSBRK, ioctl};

/// `int tcsendbreak(int fd, int duration);`: sends a break; `duration` is ignored, as in musl (Linux picks 0.25-0.5 s).
///
/// # Errors
/// `EBADF`, `ENOTTY`, `EIO`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tcsendbreak(fd: c_int, _duration: c_int) -> c_int {
    // SAFETY: this request takes an integer, not a pointer.
    c_ret(unsafe { ioctl(fd, TCSBRK, 0) }.map(|_| 0), -1)
}

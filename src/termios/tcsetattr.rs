//! `tcsetattr` (POSIX.1-2017 tcsetattr(); musl: src/termios/tcsetattr.c).
use crate::abi::errno::EINVAL;
use crate::abi::termios::termios;
use crate::abi::types::c_int;
use crate::errno::{c_ret, set_errno};
use crate::sys::tty::{TCSETS, ioctl};

/// `int tcsetattr(int fd, int act, const struct termios *t);`
///
/// `TCSANOW`, `TCSADRAIN` and `TCSAFLUSH` (0, 1, 2) map to `TCSETS`, `TCSETSW`, `TCSETSF`.
///
/// # Safety
/// `t` must be readable.
///
/// # Errors
/// `EBADF`, `EINTR`, `EINVAL` (bad `act`), `ENOTTY`, `EIO`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tcsetattr(fd: c_int, act: c_int, t: *const termios) -> c_int {
    if !(0..=2).contains(&act) {
        set_errno(EINVAL);
        return -1;
    }
    // SAFETY: the caller guarantees `t`.
    c_ret(
        unsafe { ioctl(fd, TCSETS + act as usize, t as usize) }.map(|_| 0),
        -1,
    )
}

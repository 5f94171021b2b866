//! `tcgetattr` (POSIX.1-2017 tcgetattr(); musl: src/termios/tcgetattr.c).
use crate::abi::termios::termios;
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::tty::{TCGETS, ioctl};

/// `int tcgetattr(int fd, struct termios *t);`
///
/// # Safety
/// `t` must be writable.
///
/// # Errors
/// `EBADF`, `ENOTTY`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tcgetattr(fd: c_int, t: *mut termios) -> c_int {
    // SAFETY: the caller guarantees `t`; the kernel writes its shorter termios prefix.
    c_ret(unsafe { ioctl(fd, TCGETS, t as usize) }.map(|_| 0), -1)
}

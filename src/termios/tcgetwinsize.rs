//! `tcgetwinsize`, `tcsetwinsize` (POSIX.1-2024; musl: src/termios/tcgetwinsize.c,
//! tcsetwinsize.c): the terminal's window size, through `TIOCGWINSZ`/`TIOCSWINSZ`.
use crate::abi::ioctl::winsize;
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::tty::{TIOCGWINSZ, TIOCSWINSZ, ioctl};

/// `int tcgetwinsize(int fd, struct winsize *ws);`
///
/// # Safety
/// `ws` must be writable.
///
/// # Errors
/// `EBADF`, `ENOTTY`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tcgetwinsize(fd: c_int, ws: *mut winsize) -> c_int {
    // SAFETY: the caller guarantees `ws`; the kernel writes one struct winsize.
    c_ret(unsafe { ioctl(fd, TIOCGWINSZ, ws as usize) }.map(|_| 0), -1)
}

/// `int tcsetwinsize(int fd, const struct winsize *ws);` — the kernel sends `SIGWINCH`
/// to the foreground process group when the size changes.
///
/// # Safety
/// `ws` must be readable.
///
/// # Errors
/// `EBADF`, `ENOTTY`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tcsetwinsize(fd: c_int, ws: *const winsize) -> c_int {
    // SAFETY: the caller guarantees `ws`; the kernel only reads it.
    c_ret(unsafe { ioctl(fd, TIOCSWINSZ, ws as usize) }.map(|_| 0), -1)
}

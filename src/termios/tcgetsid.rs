//! `tcgetsid` (POSIX.1-2017 tcgetsid(); musl: src/termios/tcgetsid.c).
use crate::abi::types::{c_int, pid_t};
use crate::errno::c_ret;
use crate::sys::tty::{TIOCGSID, ioctl};

/// `pid_t tcgetsid(int fd);`: the session whose controlling terminal `fd` is.
///
/// # Errors
/// `EBADF`, `ENOTTY` (not a terminal, or not a controlling terminal).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tcgetsid(fd: c_int) -> pid_t {
    let mut sid: pid_t = 0;
    // SAFETY: `sid` is a live pid_t.
    c_ret(
        unsafe { ioctl(fd, TIOCGSID, &raw mut sid as usize) }.map(|_| sid),
        -1,
    )
}

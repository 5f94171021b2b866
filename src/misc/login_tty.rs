//! `login_tty` (BSD; musl: src/misc/login_tty.c).
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::tty::{TIOCSCTTY, ioctl};
use crate::sys::{Errno, check, fs, nr::*, syscall0, syscall2};

/// Makes `fd` the controlling terminal of a new session and the standard streams.
pub fn take_terminal(fd: c_int) -> Result<(), Errno> {
    // SAFETY: setsid takes no arguments; it fails only for a group leader, which the
    // TIOCSCTTY below then reports.
    let _ = unsafe { syscall0(SYS_setsid) };
    // SAFETY: TIOCSCTTY takes an integer.
    unsafe { ioctl(fd, TIOCSCTTY, 0) }?;
    for target in 0..3 {
        // SAFETY: dup2 takes integers.
        check(unsafe { syscall2(SYS_dup2, fd as usize, target) })?;
    }
    if fd > 2 {
        let _ = fs::close(fd);
    }
    Ok(())
}

/// `int login_tty(int fd);`
///
/// # Errors
/// `EBADF`, `ENOTTY`, `EPERM` (already another session's terminal).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn login_tty(fd: c_int) -> c_int {
    c_ret(take_terminal(fd).map(|_| 0), -1)
}

//! Terminal ioctls: the request numbers termios and the pty functions use, and a typed
//! `ioctl(2)` (Linux asm-generic/ioctls.h).
use super::{Errno, check, nr::SYS_ioctl, syscall3};
use crate::abi::types::c_int;

pub const TCGETS: usize = 0x5401;
pub const TCSETS: usize = 0x5402;
pub const TCSBRK: usize = 0x5409;
pub const TCXONC: usize = 0x540a;
pub const TCFLSH: usize = 0x540b;
pub const TIOCSCTTY: usize = 0x540e;
pub const TIOCGWINSZ: usize = 0x5413;
pub const TIOCSWINSZ: usize = 0x5414;
pub const TIOCGSID: usize = 0x5429;
pub const TIOCGPTN: usize = 0x80045430;
pub const TIOCSPTLCK: usize = 0x40045431;

/// `ioctl(fd, req, arg)`.
///
/// # Safety
/// `arg` must be what request `req` expects (often a pointer to a live object).
pub unsafe fn ioctl(fd: c_int, req: usize, arg: usize) -> Result<usize, Errno> {
    // SAFETY: the caller guarantees `arg`.
    check(unsafe { syscall3(SYS_ioctl, fd as usize, req, arg) })
}

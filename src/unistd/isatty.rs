//! `isatty` (POSIX.1-2017 isatty(); musl: src/unistd/isatty.c).
use crate::abi::errno::{EBADF, ENOTTY};
use crate::abi::types::c_int;
use crate::sys::{check, nr::*, syscall3};

/// `TIOCGWINSZ`: the terminal window size, answered only by terminals.
pub const TIOCGWINSZ: usize = 0x5413;

/// `int isatty(int fd);`
///
/// # Errors
/// Returns 0 with `EBADF` (not open) or `ENOTTY` (not a terminal).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isatty(fd: c_int) -> c_int {
    let mut ws = [0u16; 4];
    // SAFETY: `ws` is a live struct winsize (four unsigned shorts).
    match check(unsafe { syscall3(SYS_ioctl, fd as usize, TIOCGWINSZ, ws.as_mut_ptr() as usize) }) {
        Ok(_) => 1,
        Err(e) => {
            crate::errno::set_errno(if e.0 == EBADF { EBADF } else { ENOTTY });
            0
        }
    }
}

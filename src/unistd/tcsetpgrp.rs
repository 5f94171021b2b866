//! `tcsetpgrp` (POSIX.1-2017 tcsetpgrp(); musl: src/unistd/tcsetpgrp.c).
use crate::abi::types::{c_int, pid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `TIOCSPGRP`: sets the terminal's foreground process group.
const TIOCSPGRP: usize = 0x5410;

/// `int tcsetpgrp(int fd, pid_t pgrp);`
///
/// # Errors
/// `EBADF`, `ENOTTY`, `EINVAL`, `EPERM` (group in another session).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tcsetpgrp(fd: c_int, pgrp: pid_t) -> c_int {
    // SAFETY: `pgrp` is a live pid_t the kernel only reads.
    __syscall_ret(unsafe { syscall3(SYS_ioctl, fd as usize, TIOCSPGRP, &raw const pgrp as usize) })
        as c_int
}

//! `tcgetpgrp` (POSIX.1-2017 tcgetpgrp(); musl: src/unistd/tcgetpgrp.c).
use crate::abi::types::{c_int, pid_t};
use crate::sys::{check, nr::*, syscall3};

/// `TIOCGPGRP`: the terminal's foreground process group.
const TIOCGPGRP: usize = 0x540f;

/// `pid_t tcgetpgrp(int fd);`
///
/// # Errors
/// `EBADF`, `ENOTTY` (not the controlling terminal).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tcgetpgrp(fd: c_int) -> pid_t {
    let mut pgrp: pid_t = 0;
    // SAFETY: `pgrp` is a live pid_t.
    let r = check(unsafe { syscall3(SYS_ioctl, fd as usize, TIOCGPGRP, &raw mut pgrp as usize) });
    crate::errno::c_ret(r.map(|_| pgrp), -1)
}

//! `setpgrp` (XSI setpgrp(); musl: src/unistd/setpgrp.c).
use crate::abi::types::pid_t;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `pid_t setpgrp(void);`
///
/// # Errors
/// As `setpgid(0, 0)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setpgrp() -> pid_t {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_setpgid, 0, 0) }) as pid_t
}

//! `getpgrp` (POSIX.1-2017 getpgrp(); musl: src/unistd/getpgrp.c).
use crate::abi::types::pid_t;
use crate::sys::{nr::*, syscall1};

/// `pid_t getpgrp(void);`
///
/// Always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getpgrp() -> pid_t {
    // SAFETY: no memory is passed.
    unsafe { syscall1(SYS_getpgid, 0) as pid_t }
}

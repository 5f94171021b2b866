//! `getuid` (POSIX.1-2017 getuid(); musl: src/unistd/getuid.c).
use crate::abi::types::uid_t;
use crate::sys::{nr::*, syscall0};

/// `uid_t getuid(void);`
///
/// Always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getuid() -> uid_t {
    // SAFETY: no arguments.
    unsafe { syscall0(SYS_getuid) as uid_t }
}

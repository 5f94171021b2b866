//! `geteuid` (POSIX.1-2017 geteuid(); musl: src/unistd/geteuid.c).
use crate::abi::types::uid_t;
use crate::sys::{nr::*, syscall0};

/// `uid_t geteuid(void);`
///
/// Always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn geteuid() -> uid_t {
    // SAFETY: no arguments.
    unsafe { syscall0(SYS_geteuid) as uid_t }
}

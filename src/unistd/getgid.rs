//! `getgid` (POSIX.1-2017 getgid(); musl: src/unistd/getgid.c).
use crate::abi::types::gid_t;
use crate::sys::{nr::*, syscall0};

/// `gid_t getgid(void);`
///
/// Always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getgid() -> gid_t {
    // SAFETY: no arguments.
    unsafe { syscall0(SYS_getgid) as gid_t }
}

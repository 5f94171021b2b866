//! `getegid` (POSIX.1-2017 getegid(); musl: src/unistd/getegid.c).
use crate::abi::types::gid_t;
use crate::sys::{nr::*, syscall0};

/// `gid_t getegid(void);`
///
/// Always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getegid() -> gid_t {
    // SAFETY: no arguments.
    unsafe { syscall0(SYS_getegid) as gid_t }
}

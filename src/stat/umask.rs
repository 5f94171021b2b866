//! `umask` (POSIX.1-2017 umask(); musl: src/stat/umask.c).
use crate::abi::types::mode_t;
use crate::sys::{nr::*, syscall1};

/// `mode_t umask(mode_t mask);`
///
/// Returns the previous mask; always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn umask(mask: mode_t) -> mode_t {
    // SAFETY: no memory is passed.
    unsafe { syscall1(SYS_umask, (mask & 0o777) as usize) as mode_t }
}

//! `sync` (POSIX.1-2017 sync(); musl: src/unistd/sync.c).
use crate::sys::{nr::*, syscall0};

/// `void sync(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sync() {
    // SAFETY: no arguments.
    unsafe { syscall0(SYS_sync) };
}

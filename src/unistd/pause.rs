//! `pause` (POSIX.1-2017 pause(); musl: src/unistd/pause.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall0};

/// `int pause(void);`
///
/// # Errors
/// `EINTR`, always, after a signal handler returns.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pause() -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall0(SYS_pause) }) as c_int
}

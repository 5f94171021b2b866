//! `pause` (POSIX.1-2017 pause(); musl: src/unistd/pause.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::nr::*;

/// `int pause(void);`
///
/// # Errors
/// `EINTR`, always, after a signal handler returns.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pause() -> c_int {
    // A cancellation point.
    __syscall_ret(crate::thread::pthread_cancel::syscall_cp(
        SYS_pause, 0, 0, 0, 0, 0, 0,
    )) as c_int
}

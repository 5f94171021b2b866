//! `sleep` (POSIX.1-2017 sleep(); musl: src/unistd/sleep.c).
use crate::abi::time::timespec;
use crate::abi::types::c_uint;
use crate::sys::{check, nr::*};
use crate::thread::syscall_cp::cp2;

/// `unsigned sleep(unsigned seconds);`
///
/// Returns 0 after the full time, or the whole seconds left when a signal handler
/// interrupted the sleep. Always succeeds.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sleep(seconds: c_uint) -> c_uint {
    let req = timespec {
        tv_sec: seconds.into(),
        tv_nsec: 0,
    };
    let mut rem = timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: both are live timespecs.
    match check(unsafe {
        cp2(
            SYS_nanosleep,
            &raw const req as usize,
            &raw mut rem as usize,
        )
    }) {
        Ok(_) => 0,
        Err(_) => rem.tv_sec as c_uint,
    }
}

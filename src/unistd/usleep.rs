//! `usleep` (legacy XSI; musl: src/unistd/usleep.c).
use crate::abi::time::timespec;
use crate::abi::types::{c_int, c_long, useconds_t};
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp2;

/// `int usleep(unsigned useconds);`
///
/// # Errors
/// `EINTR` when a signal handler interrupted the sleep.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn usleep(useconds: useconds_t) -> c_int {
    let req = timespec {
        tv_sec: (useconds / 1_000_000).into(),
        tv_nsec: c_long::from(useconds % 1_000_000) * 1000,
    };
    // SAFETY: `req` is a live timespec; no remainder is requested.
    __syscall_ret(unsafe { cp2(SYS_nanosleep, &raw const req as usize, 0) }) as c_int
}

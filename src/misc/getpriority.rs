//! `getpriority` (POSIX.1-2017 getpriority(); musl: src/misc/getpriority.c).
use crate::abi::types::{c_int, id_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int getpriority(int which, id_t who);`
///
/// # Errors
/// `ESRCH`, `EINVAL`. A nice value of -1 is also a valid result: clear `errno` first.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getpriority(which: c_int, who: id_t) -> c_int {
    // SAFETY: no memory is passed.
    let r = __syscall_ret(unsafe { syscall2(SYS_getpriority, which as usize, who as usize) });
    // The kernel answers 20 - nice so that its value is never negative.
    if r < 0 { r as c_int } else { 20 - r as c_int }
}

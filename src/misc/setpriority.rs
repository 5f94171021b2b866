//! `setpriority` (POSIX.1-2017 setpriority(); musl: src/misc/setpriority.c).
use crate::abi::types::{c_int, id_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int setpriority(int which, id_t who, int prio);`
///
/// # Errors
/// `ESRCH`, `EINVAL`, `EPERM`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn setpriority(which: c_int, who: id_t, prio: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall3(SYS_setpriority, which as usize, who as usize, prio as usize) })
        as c_int
}

//! `nice` (POSIX.1-2017 nice(); musl: src/unistd/nice.c).
use crate::abi::errno::{EACCES, EPERM};
use crate::abi::resource::PRIO_PROCESS;
use crate::abi::types::c_int;
use crate::errno::set_errno;
use crate::sys::{check, nr::*, syscall2, syscall3};

/// `int nice(int inc);`
///
/// Adds `inc` to the nice value, clamped to `-20..=19`, and returns the new value. A
/// successful return of `-1` is indistinguishable from failure except through `errno`.
///
/// # Errors
/// `EPERM` (lowering the value without privilege).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn nice(inc: c_int) -> c_int {
    // The raw getpriority syscall returns 20 - nice, in 1..=40.
    // SAFETY: no memory is passed.
    let cur = match check(unsafe { syscall2(SYS_getpriority, PRIO_PROCESS as usize, 0) }) {
        Ok(raw) => 20 - raw as c_int,
        Err(e) => {
            set_errno(e.0);
            return -1;
        }
    };
    let prio = cur.saturating_add(inc).clamp(-20, 19);
    // SAFETY: no memory is passed.
    match check(unsafe { syscall3(SYS_setpriority, PRIO_PROCESS as usize, 0, prio as usize) }) {
        Ok(_) => prio,
        Err(e) => {
            set_errno(if e.0 == EACCES { EPERM } else { e.0 });
            -1
        }
    }
}

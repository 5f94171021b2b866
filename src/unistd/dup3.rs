//! `dup3` (GNU; musl: src/unistd/dup3.c).
use crate::abi::errno::EBUSY;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int dup3(int old, int new, int flags);`
///
/// # Errors
/// `EBADF`, `EINVAL` (`old == new` or bad flags), `EMFILE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn dup3(old: c_int, new: c_int, flags: c_int) -> c_int {
    loop {
        // SAFETY: no memory is passed.
        let r = unsafe { syscall3(SYS_dup3, old as usize, new as usize, flags as usize) };
        if r != -(EBUSY as isize) {
            return __syscall_ret(r) as c_int;
        }
    }
}

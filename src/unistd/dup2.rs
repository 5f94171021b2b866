//! `dup2` (POSIX.1-2017 dup2(); musl: src/unistd/dup2.c).
use crate::abi::errno::EBUSY;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int dup2(int old, int new);`
///
/// # Errors
/// `EBADF`, `EMFILE`, `EINTR`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn dup2(old: c_int, new: c_int) -> c_int {
    loop {
        // SAFETY: no memory is passed.
        let r = unsafe { syscall2(SYS_dup2, old as usize, new as usize) };
        // Linux reports EBUSY while another thread is between open and install; retry.
        if r != -(EBUSY as isize) {
            return __syscall_ret(r) as c_int;
        }
    }
}

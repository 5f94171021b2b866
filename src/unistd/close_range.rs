//! `close_range` (GNU, glibc 2.34 API; not in musl 1.2.3): closes, or marks close-on-exec,
//! every descriptor in a range, with Linux 5.9's `close_range` system call.
use crate::abi::types::{c_int, c_uint};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_close_range, syscall3};

/// `int close_range(unsigned first, unsigned last, int flags);` — closes `first..=last`
/// (descriptors that are not open are skipped); `CLOSE_RANGE_CLOEXEC` sets `FD_CLOEXEC`
/// instead, `CLOSE_RANGE_UNSHARE` unshares the table first.
///
/// # Errors
/// `EINVAL` (unknown flags, or `first > last`), `ENOMEM`, `EMFILE` (unsharing);
/// `ENOSYS` on kernels before 5.9.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn close_range(first: c_uint, last: c_uint, flags: c_int) -> c_int {
    // SAFETY: no memory is passed.
    let r = unsafe {
        syscall3(
            SYS_close_range,
            first as usize,
            last as usize,
            flags as c_uint as usize,
        )
    };
    __syscall_ret(r) as c_int
}

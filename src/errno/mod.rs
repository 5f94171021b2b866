//! `errno`: per thread, in the thread descriptor (musl: src/errno/).
pub mod __errno_location;
pub(crate) mod __strerror;
pub mod __syscall_ret;
pub mod strerror;

pub use __errno_location::{errno, set_errno};
pub use __syscall_ret::__syscall_ret;

use crate::sys::Errno;

/// The C convention at an entry point: the value on success, or `fail` with `errno` set.
#[inline]
pub fn c_ret<T>(r: Result<T, Errno>, fail: T) -> T {
    match r {
        Ok(v) => v,
        Err(Errno(e)) => {
            set_errno(e);
            fail
        }
    }
}

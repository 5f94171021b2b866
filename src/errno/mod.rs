//! `errno`: per thread, in the thread descriptor (musl: src/errno/).
pub mod __errno_location;

pub use __errno_location::{errno, set_errno};

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

//! `getrandom` (Linux; musl: src/linux/getrandom.c).
use crate::abi::types::{c_uint, c_void};
use crate::errno::__syscall_ret;
use crate::sys::nr::SYS_getrandom;
use crate::thread::syscall_cp::cp3;

/// `ssize_t getrandom(void *buf, size_t len, unsigned flags);`
///
/// # Safety
/// `buf` must be writable for `len` bytes.
///
/// # Errors
/// `EAGAIN` (`GRND_NONBLOCK` before the pool is ready), `EINTR`, `EINVAL`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getrandom(buf: *mut c_void, len: usize, flags: c_uint) -> isize {
    // SAFETY: the caller guarantees the buffer.
    __syscall_ret(unsafe { cp3(SYS_getrandom, buf as usize, len, flags as usize) })
}

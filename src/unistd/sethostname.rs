//! `sethostname` (BSD; musl: src/unistd/sethostname.c).
use crate::abi::types::{c_char, c_int, size_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int sethostname(const char *name, size_t len);`
///
/// # Safety
/// `name` must be readable for `len` bytes.
///
/// # Errors
/// `EPERM`, `EINVAL` (too long), `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sethostname(name: *const c_char, len: size_t) -> c_int {
    // SAFETY: the caller guarantees `name` has `len` bytes.
    __syscall_ret(unsafe { syscall2(SYS_sethostname, name as usize, len) }) as c_int
}

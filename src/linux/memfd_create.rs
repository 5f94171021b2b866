//! `memfd_create` (Linux; musl: src/linux/memfd_create.c).
use crate::abi::types::{c_char, c_int, c_uint};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_memfd_create, syscall2};

/// `int memfd_create(const char *name, unsigned flags);`
///
/// # Safety
/// `name` must be a NUL-terminated string.
///
/// # Errors
/// `EINVAL` (bad flags, name over 249 bytes), `EFAULT`, `EMFILE`, `ENFILE`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn memfd_create(name: *const c_char, flags: c_uint) -> c_int {
    // SAFETY: the caller guarantees `name`.
    __syscall_ret(unsafe { syscall2(SYS_memfd_create, name as usize, flags as usize) }) as c_int
}

//! `sysinfo` (Linux; musl: src/linux/sysinfo.c).
use crate::abi::types::c_int;
use crate::abi::utsname::sysinfo;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1};

/// `int sysinfo(struct sysinfo *info);`
///
/// # Safety
/// `info` must be writable.
///
/// # Errors
/// `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sysinfo(info: *mut sysinfo) -> c_int {
    // SAFETY: the caller guarantees `info`.
    __syscall_ret(unsafe { syscall1(SYS_sysinfo, info as usize) }) as c_int
}

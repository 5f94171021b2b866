//! `munmap` (POSIX munmap(); musl: src/mman/munmap.c).
use crate::abi::types::{c_int, c_void};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_munmap, syscall2};

/// `int munmap(void *addr, size_t len);`
///
/// # Safety
/// Nothing may use `[addr, addr + len)` afterwards.
///
/// # Errors
/// `EINVAL` (`addr` not page-aligned, zero or too large a length).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn munmap(addr: *mut c_void, len: usize) -> c_int {
    // SAFETY: the caller guarantees the range is no longer used.
    __syscall_ret(unsafe { syscall2(SYS_munmap, addr as usize, len) }) as c_int
}

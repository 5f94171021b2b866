//! `mprotect` (POSIX mprotect(); musl: src/mman/mprotect.c).
use crate::abi::types::{c_int, c_void};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_mprotect, syscall3};

const PAGE: usize = 4096;

/// `int mprotect(void *addr, size_t len, int prot);` — as musl, the range is widened to
/// whole pages, so an unaligned `addr` is accepted.
///
/// # Safety
/// Removing access from memory that live code uses makes that code fault.
///
/// # Errors
/// `EINVAL` (bad `prot`), `ENOMEM` (range not mapped), `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mprotect(addr: *mut c_void, len: usize, prot: c_int) -> c_int {
    let start = addr as usize & !(PAGE - 1);
    let end = (addr as usize).wrapping_add(len).wrapping_add(PAGE - 1) & !(PAGE - 1);
    // SAFETY: the caller accepts the new protection of its own pages.
    let r = unsafe { syscall3(SYS_mprotect, start, end.wrapping_sub(start), prot as usize) };
    __syscall_ret(r) as c_int
}

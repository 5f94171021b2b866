//! `mincore` (BSD/GNU; musl: src/mman/mincore.c).
use crate::abi::types::{c_int, c_uchar, c_void};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_mincore, syscall3};

/// `int mincore(void *addr, size_t len, unsigned char *vec);`
///
/// # Safety
/// `vec` must be writable for one byte per page of the range.
///
/// # Errors
/// `EINVAL` (unaligned `addr`), `ENOMEM` (range not mapped), `EFAULT`, `EAGAIN`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mincore(addr: *mut c_void, len: usize, vec: *mut c_uchar) -> c_int {
    // SAFETY: the caller guarantees room in `vec`.
    __syscall_ret(unsafe { syscall3(SYS_mincore, addr as usize, len, vec as usize) }) as c_int
}

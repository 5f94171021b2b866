//! `madvise` (BSD/GNU; musl: src/mman/madvise.c).
use crate::abi::types::{c_int, c_void};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_madvise, syscall3};

/// `int madvise(void *addr, size_t len, int advice);`
///
/// # Safety
/// Some advice (`MADV_DONTNEED`, `MADV_FREE`, `MADV_REMOVE`) discards the contents.
///
/// # Errors
/// `EINVAL`, `ENOMEM` (range not mapped), `EAGAIN`, `EBADF`, `EPERM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn madvise(addr: *mut c_void, len: usize, advice: c_int) -> c_int {
    // SAFETY: the caller accepts the effect of the advice on its own range.
    __syscall_ret(unsafe { syscall3(SYS_madvise, addr as usize, len, advice as usize) }) as c_int
}

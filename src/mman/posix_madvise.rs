//! `posix_madvise` (POSIX posix_madvise(); musl: src/mman/posix_madvise.c).
use crate::abi::mman::POSIX_MADV_DONTNEED;
use crate::abi::types::{c_int, c_void};
use crate::sys::{nr::SYS_madvise, syscall3};

/// `int posix_madvise(void *addr, size_t len, int advice);` — returns the error number
/// instead of setting `errno`. `POSIX_MADV_DONTNEED` is accepted and ignored: Linux's
/// `MADV_DONTNEED` discards data, which POSIX forbids.
///
/// # Safety
/// `addr` should name the caller's own mapping.
///
/// # Errors
/// Returns `EINVAL` or `ENOMEM` as the kernel reports.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn posix_madvise(addr: *mut c_void, len: usize, advice: c_int) -> c_int {
    if advice == POSIX_MADV_DONTNEED {
        return 0;
    }
    // SAFETY: the remaining POSIX advice values only affect paging, never contents.
    -(unsafe { syscall3(SYS_madvise, addr as usize, len, advice as usize) } as c_int)
}

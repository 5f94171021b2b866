//! `posix_memalign` (POSIX.1-2017; musl: src/malloc/posix_memalign.c).
use super::aligned_alloc::aligned;
use crate::abi::errno::EINVAL;
use crate::abi::types::{c_int, c_void};

/// `int posix_memalign(void **memptr, size_t alignment, size_t size);`
///
/// # Safety
/// `memptr` must be writable.
///
/// # Errors
/// Returns (does not set errno) `EINVAL` if `alignment` is not a power of two multiple of
/// `sizeof(void *)`, `ENOMEM` when out of memory; `*memptr` is then unchanged.
#[cfg_attr(rcc_export, unsafe(export_name = "__rcc_posix_memalign"))]
pub unsafe extern "C" fn posix_memalign(
    memptr: *mut *mut c_void,
    alignment: usize,
    size: usize,
) -> c_int {
    if alignment < size_of::<usize>() {
        return EINVAL;
    }
    match aligned(alignment, size) {
        Ok(p) => {
            // SAFETY: the caller passes a writable pointer.
            unsafe { *memptr = p.cast() };
            0
        }
        Err(e) => e.0,
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak posix_memalign",
    ".set posix_memalign, __rcc_posix_memalign"
);

//! `memalign` (obsolete SVID/glibc; musl: src/malloc/memalign.c): `aligned_alloc`.
use crate::abi::types::c_void;

/// `void *memalign(size_t alignment, size_t size);`
///
/// # Errors
/// `EINVAL`: `alignment` is not a power of two; `ENOMEM`: no memory.
#[cfg_attr(rcc_export, unsafe(export_name = "__rcc_memalign"))]
pub unsafe extern "C" fn memalign(alignment: usize, size: usize) -> *mut c_void {
    // SAFETY: no preconditions.
    unsafe { super::aligned_alloc::aligned_alloc(alignment, size) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak memalign", ".set memalign, __rcc_memalign");

//! `aligned_alloc` (C17 7.22.3.1; musl: src/malloc/mallocng/aligned_alloc.c) and the
//! checked aligned allocation `posix_memalign`, `memalign` and `valloc` share.
use super::malloc::alloc_aligned;
use crate::abi::errno::{EINVAL, ENOMEM};
use crate::abi::types::c_void;
use crate::sys::Errno;

/// A block of `n` bytes aligned to `align`, which must be a power of two or 0 (as musl).
pub fn aligned(align: usize, n: usize) -> Result<*mut u8, Errno> {
    if align & align.wrapping_neg() != align {
        return Err(Errno(EINVAL));
    }
    if align > 1 << 40 || n > usize::MAX / 2 - align {
        return Err(Errno(ENOMEM));
    }
    let p = alloc_aligned(align, n);
    if p.is_null() {
        Err(Errno(ENOMEM))
    } else {
        Ok(p)
    }
}

/// `void *aligned_alloc(size_t alignment, size_t size);`
///
/// # Errors
/// `EINVAL`: `alignment` is not a power of two; `ENOMEM`: no memory.
#[cfg_attr(rcc_export, unsafe(export_name = "__rcc_aligned_alloc"))]
pub unsafe extern "C" fn aligned_alloc(alignment: usize, size: usize) -> *mut c_void {
    match aligned(alignment, size) {
        Ok(p) => p.cast(),
        Err(Errno(e)) => {
            crate::errno::set_errno(e);
            core::ptr::null_mut()
        }
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak aligned_alloc",
    ".set aligned_alloc, __rcc_aligned_alloc"
);

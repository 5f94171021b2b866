//! `valloc` (obsolete BSD; musl: src/legacy/valloc.c) and `pvalloc` (glibc; musl has none):
//! page-aligned allocations.
use crate::abi::errno::ENOMEM;
use crate::abi::types::c_void;

const PAGE_SIZE: usize = 4096;

/// `void *valloc(size_t size);`
///
/// # Errors
/// `ENOMEM`: no memory.
#[cfg_attr(rcc_export, unsafe(export_name = "__rcc_valloc"))]
pub unsafe extern "C" fn valloc(size: usize) -> *mut c_void {
    // SAFETY: no preconditions.
    unsafe { super::aligned_alloc::aligned_alloc(PAGE_SIZE, size) }
}

/// `void *pvalloc(size_t size);` — `valloc` of `size` rounded up to whole pages (at least
/// one page), as glibc.
///
/// # Errors
/// `ENOMEM`: no memory, or the rounding overflows.
#[cfg_attr(rcc_export, unsafe(export_name = "__rcc_pvalloc"))]
pub unsafe extern "C" fn pvalloc(size: usize) -> *mut c_void {
    let Some(n) = size.max(1).checked_next_multiple_of(PAGE_SIZE) else {
        crate::errno::set_errno(ENOMEM);
        return core::ptr::null_mut();
    };
    // SAFETY: no preconditions.
    unsafe { super::aligned_alloc::aligned_alloc(PAGE_SIZE, n) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak valloc",
    ".set valloc, __rcc_valloc",
    ".weak pvalloc",
    ".set pvalloc, __rcc_pvalloc"
);

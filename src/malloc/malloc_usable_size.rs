//! `malloc_usable_size` (glibc/musl extension; musl: src/malloc/mallocng/malloc_usable_size.c).
use super::harden::fail;
use super::{large, small};
use crate::abi::types::c_void;

/// `size_t malloc_usable_size(void *ptr);` — 0 for null.
///
/// DIFF(musl): musl returns the size that was requested; rcc, like glibc, returns the size
/// of the block, which the caller may use in full.
///
/// # Safety
/// `ptr` is null or a live block from this allocator.
#[cfg_attr(rcc_export, unsafe(export_name = "__rcc_malloc_usable_size"))]
pub unsafe extern "C" fn malloc_usable_size(ptr: *mut c_void) -> usize {
    let p = ptr as usize;
    if p == 0 {
        return 0;
    }
    match small::span_of(p) {
        Some(s) =>
        // SAFETY: span_of returns live span records.
        {
            small::usable(unsafe { &*s })
        }
        None => match large::usable(p) {
            Some(n) => n,
            None => fail("malloc_usable_size(): invalid pointer"),
        },
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak malloc_usable_size",
    ".set malloc_usable_size, __rcc_malloc_usable_size"
);

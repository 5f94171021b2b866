//! `calloc` (C17 7.22.3.2; musl: src/malloc/calloc.c): overflow-checked, zeroed.
use super::malloc::{alloc_zeroed, enomem_if_null};
use crate::abi::types::c_void;

/// `void *calloc(size_t nmemb, size_t size);`
///
/// # Errors
/// `ENOMEM`: no memory, or `nmemb * size` overflows.
#[cfg_attr(rcc_export, unsafe(export_name = "__rcc_calloc"))]
pub unsafe extern "C" fn calloc(nmemb: usize, size: usize) -> *mut c_void {
    let Some(n) = nmemb.checked_mul(size) else {
        return enomem_if_null(core::ptr::null_mut());
    };
    enomem_if_null(alloc_zeroed(n))
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak calloc", ".set calloc, __rcc_calloc");

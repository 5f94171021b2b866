//! `free` (C17 7.22.3.3; musl: src/malloc/mallocng/free.c). Exported weak so a program's own
//! `free` wins. Double frees and pointers malloc never returned abort.
use super::segment::KIND_SMALL;
use super::{large, medium, small};
use crate::abi::types::c_void;

/// Frees `p` (null is ignored).
#[inline(always)]
pub fn release(p: *mut u8) {
    let p = p as usize;
    if p == 0 {
        return;
    }
    match small::span_of(p) {
        // SAFETY: span_of checked that p is a block of s.
        Some(s) => unsafe {
            if (*s).kind == KIND_SMALL {
                small::free(p, s)
            } else {
                medium::free(s)
            }
        },
        None => large::free(p),
    }
}

/// `void free(void *ptr);`
///
/// # Safety
/// `ptr` is null or a live block from this allocator; anything else aborts when detected.
#[cfg_attr(rcc_export, unsafe(export_name = "__rcc_free"))]
pub unsafe extern "C" fn free(ptr: *mut c_void) {
    release(ptr.cast())
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak free", ".set free, __rcc_free");

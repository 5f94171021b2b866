//! `realloc` (C17 7.22.3.5; musl: src/malloc/mallocng/realloc.c): in place within a size
//! class, in the pages next to a medium block, `mremap` for large blocks, otherwise
//! allocate, copy and free.
use super::harden::fail;
use super::malloc::{alloc, enomem_if_null};
use super::medium::{self, MEDIUM_MAX};
use super::segment::{KIND_SMALL, PAGE};
use super::size_class::{SMALL_MAX, class_of};
use super::{free::release, large, small};
use crate::abi::types::c_void;

/// A small block that `realloc` grows past this moves to a medium block (whole 64 KiB
/// pages), which later growth extends in place instead of copying it class by class.
pub const GROW_TO_MEDIUM: usize = 8 * 1024;

/// Resizes `p` (not null) to `n` bytes; null when out of memory (`p` stays valid).
pub fn resize(p: *mut u8, n: usize) -> *mut u8 {
    let mut medium_target = false;
    let old = match small::span_of(p as usize) {
        // SAFETY: span_of returned the live span of p.
        Some(s) => unsafe {
            let have = small::usable(&*s);
            if (*s).kind == KIND_SMALL {
                // Same class, or shrinking by less than half: stay.
                if n <= have && (n >= have / 2 || class_of(n) == (*s).class as usize) {
                    return p;
                }
                medium_target = n > have && n > GROW_TO_MEDIUM;
            } else if n > GROW_TO_MEDIUM && n <= MEDIUM_MAX {
                // A medium block stays medium while it needs more than a small block:
                // as many pages (no work), or its neighbours give or take the difference.
                if n.div_ceil(PAGE) == have / PAGE || medium::resize_in_place(s, n) {
                    return p;
                }
                medium_target = true;
            }
            have
        },
        None if n > SMALL_MAX => match large::resize(p as usize, n) {
            Some(q) => return q,
            None => fail("realloc(): invalid pointer"),
        },
        None => match large::usable(p as usize) {
            Some(len) => len,
            None => fail("realloc(): invalid pointer"),
        },
    };
    // A block growing by small steps (a buffer appended to) moves to a block with half as
    // much room again, so it is copied a few times rather than at every step.
    let want = if n > old && n <= old + old / 2 && n <= MEDIUM_MAX {
        n + n / 2
    } else {
        n
    };
    let q = if medium_target && want <= MEDIUM_MAX {
        medium::alloc(want, false)
    } else {
        alloc(want.min(SMALL_MAX).max(n))
    };
    if !q.is_null() {
        // SAFETY: both blocks hold at least min(old, n) bytes and do not overlap.
        unsafe { crate::string::memcpy::memcpy(q.cast(), p.cast(), old.min(n)) };
        release(p);
    }
    q
}

/// `void *realloc(void *ptr, size_t size);`
///
/// `realloc(p, 0)` returns a unique minimal block and frees `p`, as musl does.
/// DIFF(glibc): glibc frees `p` and returns NULL.
///
/// # Safety
/// `ptr` is null or a live block from this allocator.
///
/// # Errors
/// `ENOMEM`: no memory; `ptr` is left unchanged.
#[cfg_attr(rcc_export, unsafe(export_name = "__rcc_realloc"))]
pub unsafe extern "C" fn realloc(ptr: *mut c_void, size: usize) -> *mut c_void {
    if ptr.is_null() {
        return enomem_if_null(alloc(size));
    }
    enomem_if_null(resize(ptr.cast(), size))
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak realloc", ".set realloc, __rcc_realloc");

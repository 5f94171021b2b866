//! `malloc` (C17 7.22.3.4; musl: src/malloc/mallocng/malloc.c) and the internal allocation
//! every other entry point uses. Exported weak so a program's own `malloc` wins.
use super::medium::{self, MEDIUM_MAX};
use super::size_class::{ALIGN, NCLASS, SMALL_MAX, class_of, class_size};
use super::{large, small};
use crate::abi::errno::ENOMEM;
use crate::abi::types::c_void;
use crate::errno::set_errno;

/// A block of at least `n` bytes aligned to 16, or null (errno untouched).
#[inline(always)]
pub fn alloc(n: usize) -> *mut u8 {
    if n <= SMALL_MAX {
        // SAFETY: class_of(n) < NCLASS for n <= SMALL_MAX.
        unsafe { small::alloc(class_of(n)) }
    } else {
        alloc_big(n, false)
    }
}

/// A block above the size classes: medium (in a segment) or large (mapped).
#[inline(never)]
pub fn alloc_big(n: usize, zero: bool) -> *mut u8 {
    if n <= MEDIUM_MAX {
        medium::alloc(n, zero)
    } else {
        large::alloc(n, ALIGN, zero)
    }
}

/// A zeroed block of at least `n` bytes, or null.
pub fn alloc_zeroed(n: usize) -> *mut u8 {
    if n > SMALL_MAX {
        return alloc_big(n, true);
    }
    let p = alloc(n);
    if !p.is_null() {
        // SAFETY: p points to at least n writable bytes.
        unsafe { crate::string::memset::memset(p.cast(), 0, n) };
    }
    p
}

/// A block of at least `n` bytes aligned to `align` (a power of two), or null.
pub fn alloc_aligned(align: usize, n: usize) -> *mut u8 {
    if align <= ALIGN {
        return alloc(n);
    }
    let m = n.max(align);
    if m <= SMALL_MAX && align <= super::segment::PAGE {
        // Spans start 64 KiB-aligned, so every block of a class whose size is a multiple
        // of `align` is aligned; the power-of-two class >= m always qualifies.
        let mut c = class_of(m);
        while c < NCLASS && !class_size(c).is_multiple_of(align) {
            c += 1;
        }
        // SAFETY: c < NCLASS is checked.
        return if c < NCLASS {
            unsafe { small::alloc(c) }
        } else {
            core::ptr::null_mut()
        };
    }
    if m <= MEDIUM_MAX && align <= super::segment::PAGE {
        return medium::alloc(m, false);
    }
    large::alloc(n, align, false)
}

/// Sets errno to ENOMEM when `p` is null, and returns it.
#[inline(always)]
pub fn enomem_if_null(p: *mut u8) -> *mut c_void {
    if p.is_null() {
        set_errno(ENOMEM);
    }
    p.cast()
}

/// `void *malloc(size_t size);`
///
/// `malloc(0)` returns a unique pointer, as musl does.
///
/// # Errors
/// `ENOMEM`: no memory, or `size` too large.
#[cfg_attr(rcc_export, unsafe(export_name = "__rcc_malloc"))]
pub unsafe extern "C" fn malloc(size: usize) -> *mut c_void {
    enomem_if_null(alloc(size))
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak malloc", ".set malloc, __rcc_malloc");

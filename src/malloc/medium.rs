//! Medium blocks (above the size classes, up to `MEDIUM_MAX`): one block per span of whole
//! 64 KiB pages inside a segment, so freeing and reallocating one costs no system call
//! while the freed pages stay resident within the segments' dirty budget; `realloc` grows
//! or shrinks them in place when the neighbouring pages allow (rcc-internal; musl maps
//! every block this big: src/malloc/mallocng/malloc.c).
use super::lock::lock;
use super::segment::{self, KIND_MEDIUM, PAGE, Span};
use core::ptr::null_mut;
use core::sync::atomic::Ordering;

/// The largest medium block: 31 pages, so that two fit in a segment's 63 usable pages.
pub const MEDIUM_MAX: usize = 31 * PAGE;

/// A block of at least `n` bytes (`n <= MEDIUM_MAX`), 64 KiB-aligned; zeroed with `zero`.
pub fn alloc(n: usize, zero: bool) -> *mut u8 {
    let pages = n.div_ceil(PAGE).max(1);
    let mut dirty = false;
    let g = lock();
    super::harden::init_keys();
    // SAFETY: lock held; the span's pages are now ours.
    let p = unsafe {
        let s = segment::alloc_span(pages, &mut dirty);
        if s.is_null() {
            return null_mut();
        }
        let base = segment::span_base(s);
        (*s).free = 0;
        (*s).start = base;
        (*s).limit = 0;
        (*s).inv = 0;
        (*s).used = 1;
        (*s).bump = 1;
        (*s).capacity = 1;
        (*s).block_size = (pages * PAGE) as u32;
        (*s).class = 0;
        (*s).full = true;
        (*s).heap.store(null_mut(), Ordering::Relaxed);
        (*s).thread_free.store(0, Ordering::Relaxed);
        (*s).kind = KIND_MEDIUM;
        base as *mut u8
    };
    drop(g);
    if zero && dirty {
        // SAFETY: the block has pages * PAGE writable bytes.
        unsafe { crate::string::memset::memset(p.cast(), 0, n) };
    }
    p
}

/// Frees medium block `p` of span `s` (found by `span_of`, which checked `p` is its start).
pub unsafe fn free(s: *mut Span) {
    let _g = lock();
    // SAFETY: lock held; the caller's block is the span's only one.
    unsafe {
        if (*s).kind != KIND_MEDIUM {
            // Another thread freed it between span_of and here.
            super::harden::fail("double free");
        }
        segment::free_span(s);
    }
}

/// Resizes medium block `s` in place to hold `n` bytes (`n <= MEDIUM_MAX`) if its
/// neighbours allow; returns whether it did.
pub unsafe fn resize_in_place(s: *mut Span, n: usize) -> bool {
    let pages = n.div_ceil(PAGE).max(1);
    let _g = lock();
    // SAFETY: lock held; the block is the caller's.
    unsafe {
        let old = (*s).npages as usize;
        if pages < old {
            segment::shrink_span(s, pages);
        } else if pages > old && !segment::grow_span(s, pages, &mut false) {
            return false;
        }
        (*s).block_size = (pages * PAGE) as u32;
    }
    true
}

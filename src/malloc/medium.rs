//! Medium blocks (above the size classes, up to `MEDIUM_MAX`): one block per span of whole
//! 64 KiB pages inside a segment, so freeing and reallocating one costs no system call
//! while the freed pages stay resident within the segments' dirty budget; `realloc` grows
//! or shrinks them in place when the neighbouring pages allow (rcc-internal; musl maps
//! every block this big: src/malloc/mallocng/malloc.c).
use super::lock::lock;
use super::segment::{self, KIND_CACHED, KIND_MEDIUM, PAGE, Span};
use core::ptr::null_mut;
use core::sync::atomic::Ordering;

/// The largest medium block: 31 pages, so that two fit in a segment's 63 usable pages.
pub const MEDIUM_MAX: usize = 31 * PAGE;

/// Recently freed medium blocks, kept whole (`KIND_CACHED`) so that a program that keeps
/// allocating and freeing blocks of a few hundred KiB reuses one in place (cut down or
/// grown into the free pages after it) instead of searching the segments. At most
/// `CACHE_SLOTS` blocks and `CACHE_PAGES_MAX` pages; the oldest goes back to its segment.
/// Lock held for every use.
const CACHE_SLOTS: usize = 4;
const CACHE_PAGES_MAX: usize = 32;
static mut CACHE: [*mut Span; CACHE_SLOTS] = [null_mut(); CACHE_SLOTS];
static mut CACHE_LEN: usize = 0;
static mut CACHE_PAGES: usize = 0;

/// A cached span resized to `pages`, if one is big enough or can grow in place. Lock held.
unsafe fn cache_take(pages: usize) -> *mut Span {
    // SAFETY: lock held; cached spans are live spans owned by the cache alone.
    unsafe {
        let cache = &mut *(&raw mut CACHE);
        let len = CACHE_LEN;
        if len == 0 {
            return null_mut();
        }
        // The smallest that fits, else the largest.
        let mut best = 0;
        for k in 1..len {
            let (n, bn) = ((*cache[k]).npages as usize, (*cache[best]).npages as usize);
            if (bn >= pages && n >= pages && n < bn) || (bn < pages && n > bn) {
                best = k;
            }
        }
        let s = cache[best];
        let have = (*s).npages as usize;
        if have < pages && !segment::grow_span(s, pages, &mut false) {
            return null_mut();
        }
        for k in best + 1..len {
            cache[k - 1] = cache[k];
        }
        CACHE_LEN = len - 1;
        CACHE_PAGES -= have;
        if have > pages {
            segment::shrink_span(s, pages);
        }
        s
    }
}

/// Keeps freed span `s` in the cache, giving back the oldest ones that no longer fit.
/// Lock held.
unsafe fn cache_put(s: *mut Span) {
    // SAFETY: lock held; the span is the freed block's, no longer in use.
    unsafe {
        let n = (*s).npages as usize;
        if n > CACHE_PAGES_MAX {
            segment::free_span(s);
            return;
        }
        let cache = &mut *(&raw mut CACHE);
        while CACHE_LEN == CACHE_SLOTS || CACHE_PAGES + n > CACHE_PAGES_MAX {
            let old = cache[0];
            for k in 1..CACHE_LEN {
                cache[k - 1] = cache[k];
            }
            CACHE_LEN -= 1;
            CACHE_PAGES -= (*old).npages as usize;
            free_cached(old);
        }
        (*s).kind = KIND_CACHED;
        cache[CACHE_LEN] = s;
        CACHE_LEN += 1;
        CACHE_PAGES += n;
    }
}

/// Returns a cached span's pages to its segment. Lock held.
unsafe fn free_cached(s: *mut Span) {
    // SAFETY: lock held; the span is cached, so nothing uses it.
    unsafe {
        (*s).kind = KIND_MEDIUM;
        segment::free_span(s);
    }
}

/// Gives every cached block back to its segment (for `malloc_trim`); returns whether
/// there was any. Lock held.
pub unsafe fn cache_flush() -> bool {
    // SAFETY: lock held.
    unsafe {
        let any = CACHE_LEN != 0;
        while CACHE_LEN > 0 {
            CACHE_LEN -= 1;
            free_cached(CACHE[CACHE_LEN]);
        }
        CACHE_PAGES = 0;
        any
    }
}

/// A block of at least `n` bytes (`n <= MEDIUM_MAX`), 64 KiB-aligned; zeroed with `zero`.
pub fn alloc(n: usize, zero: bool) -> *mut u8 {
    let pages = n.div_ceil(PAGE).max(1);
    let mut dirty = false;
    let g = lock();
    super::harden::init_keys();
    // SAFETY: lock held; the span's pages are now ours.
    let p = unsafe {
        let mut s = cache_take(pages);
        if s.is_null() {
            s = segment::alloc_span(pages, &mut dirty);
            if s.is_null() {
                return null_mut();
            }
        } else {
            // The block held data; grown pages may too.
            dirty = true;
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
        cache_put(s);
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

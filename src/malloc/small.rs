//! Allocating and freeing small blocks: pop/push on the owning span's free list, with the
//! hardening checks on every free-list operation (rcc-internal; musl:
//! src/malloc/mallocng/malloc.c and free.c).
use super::harden::{cookie, fail, key};
use super::heap::{self, Heap, refill, span_emptied};
use super::segment::{self, KIND_MEDIUM, KIND_SMALL, PAGE, SEG_SIZE, Segment, Span};
use core::sync::atomic::Ordering;

/// A block of class `c` for the calling thread, or null when out of memory.
#[inline(always)]
pub unsafe fn alloc(c: usize) -> *mut u8 {
    let h = heap::heap();
    if h.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: `h` is the calling thread's heap; spans on its lists are owned by it.
    unsafe {
        let s = (*h).avail[c];
        if !s.is_null() && (*s).free != 0 {
            return pop(s);
        }
        alloc_slow(h, c)
    }
}

/// Takes the first block of the span's free list, checking it was not written after free.
#[inline(always)]
unsafe fn pop(s: *mut Span) -> *mut u8 {
    // SAFETY: `s.free` is a free block of this span (blocks are >= 16 bytes).
    unsafe {
        let b = (*s).free;
        let w = b as *mut usize;
        let next = *w ^ key();
        if *w.add(1) != cookie(b) || (next != 0 && next.wrapping_sub((*s).start) >= (*s).limit) {
            fail("corrupted free block (overflow or use after free)");
        }
        (*s).free = next;
        (*s).used += 1;
        *w.add(1) = 0;
        b as *mut u8
    }
}

#[cold]
unsafe fn alloc_slow(h: *mut Heap, c: usize) -> *mut u8 {
    // SAFETY: as in alloc.
    unsafe {
        loop {
            let s = (*h).avail[c];
            if s.is_null() {
                if !refill(h, c) {
                    return core::ptr::null_mut();
                }
                continue;
            }
            if (*s).free != 0 {
                return pop(s);
            }
            // Blocks other threads gave back come before fresh ones: they are likelier
            // to be in the cache, and the span's untouched memory stays untouched.
            if (*s).thread_free.load(Ordering::Relaxed) != 0 && heap::collect(s) > 0 {
                continue;
            }
            if (*s).bump < (*s).capacity {
                let b = (*s).start + (*s).bump as usize * (*s).block_size as usize;
                (*s).bump += 1;
                (*s).used += 1;
                // A stale cookie from an earlier use of this memory must not look free.
                *(b as *mut usize).add(1) = 0;
                return b as *mut u8;
            }
            if heap::collect(s) > 0 {
                continue;
            }
            heap::unlink(&raw mut (*h).avail[c], s);
            (*s).full = true;
            heap::push(&raw mut (*h).full[c], s);
        }
    }
}

/// The span holding `p` if `p` lies in a segment (a span of small blocks, or a medium
/// block's: see its `kind`); aborts if `p` is inside a segment but is not the start of a
/// block malloc handed out.
#[inline(always)]
pub fn span_of(p: usize) -> Option<*mut Span> {
    let seg: *mut Segment = segment::segment_of(p)?;
    let page = (p & (SEG_SIZE - 1)) / PAGE;
    // SAFETY: the registry says `seg` is a live segment; its header is always mapped.
    unsafe {
        let i = (*seg).owner[page] as usize;
        let s = &raw mut (*seg).spans[i & (segment::SEG_PAGES - 1)];
        let off = p.wrapping_sub((*s).start);
        if (*s).kind != KIND_SMALL {
            if (*s).kind == KIND_MEDIUM && off == 0 {
                return Some(s);
            }
            fail("free(): invalid pointer");
        }
        if off >= (*s).bump as usize * (*s).block_size as usize
            || (((off as u64) * (*s).inv) >> 40) as usize * (*s).block_size as usize != off
        {
            fail("free(): invalid pointer");
        }
        Some(s)
    }
}

/// Frees block `p` of span `s` (found by `span_of`).
#[inline(always)]
pub unsafe fn free(p: usize, s: *mut Span) {
    // SAFETY: `p` is a block of `s` (checked by span_of); blocks are >= 16 bytes.
    unsafe {
        let w = p as *mut usize;
        if *w.add(1) == cookie(p) {
            fail("double free");
        }
        *w.add(1) = cookie(p);
        let h = heap::current_heap();
        if (*s).heap.load(Ordering::Relaxed) == h && !h.is_null() {
            *w = (*s).free ^ key();
            (*s).free = p;
            (*s).used -= 1;
            if (*s).full {
                let c = (*s).class as usize;
                heap::unlink(&raw mut (*h).full[c], s);
                (*s).full = false;
                heap::push(&raw mut (*h).avail[c], s);
            } else if (*s).used == 0 {
                span_emptied(h, s);
            }
            return;
        }
        let mut old = (*s).thread_free.load(Ordering::Relaxed);
        loop {
            *w = old ^ key();
            match (*s).thread_free.compare_exchange_weak(
                old,
                p,
                Ordering::Release,
                Ordering::Relaxed,
            ) {
                Ok(_) => return,
                Err(now) => old = now,
            }
        }
    }
}

/// The usable size of the blocks of span `s` (from `span_of`).
pub fn usable(s: &Span) -> usize {
    s.block_size as usize
}

//! Giving free segment pages back to the kernel: the one wholly free segment that stays
//! mapped, `MADV_DONTNEED` of free resident pages past a budget, `malloc_trim`'s
//! everything (rcc-internal; musl: src/malloc/mallocng/free.c, `free_group`).
use super::segment::{
    DIRTY, KEEP_DIRTY, KEPT, PAGE, SEG_SIZE, SEGMENTS, Segment, USABLE, register,
};
use crate::sys::{mem, vm};
use core::ptr::null_mut;

/// A segment has no page in use: keep it (with at most `KEEP_DIRTY` resident pages) if no
/// other empty one is kept, else unmap it. Caller holds the lock.
pub unsafe fn segment_emptied(seg: *mut Segment) {
    // SAFETY: lock held; no live block lies in the segment.
    unsafe {
        if !KEPT.is_null() && KEPT != seg {
            unmap_segment(seg);
            return;
        }
        KEPT = seg;
        if (*seg).dirty_mask.count_ones() as usize > KEEP_DIRTY {
            purge(seg);
        }
    }
}

/// Unlinks and unmaps a wholly free segment. Caller holds the lock.
unsafe fn unmap_segment(seg: *mut Segment) {
    // SAFETY: lock held; the segment is on the list and holds nothing live.
    unsafe {
        let mut link = &raw mut SEGMENTS;
        while !(*link).is_null() && *link != seg {
            link = &raw mut (**link).next;
        }
        if !(*link).is_null() {
            *link = (*seg).next;
        }
        if KEPT == seg {
            KEPT = null_mut();
        }
        DIRTY -= (*seg).dirty_mask.count_ones() as usize;
        register(seg as usize, false);
        let _ = mem::munmap(seg as usize, SEG_SIZE);
    }
}

/// Returns a segment's free resident pages to the kernel. Caller holds the lock.
unsafe fn purge(seg: *mut Segment) -> bool {
    // SAFETY: lock held; dirty pages are free.
    unsafe {
        let mut d = (*seg).dirty_mask;
        let any = d != 0;
        while d != 0 {
            let i = d.trailing_zeros() as usize;
            let run = (!(d >> i)).trailing_zeros() as usize;
            let _ = vm::madvise(seg as usize + i * PAGE, run * PAGE, vm::MADV_DONTNEED);
            d &= !(((1u64 << run) - 1) << i);
        }
        DIRTY -= (*seg).dirty_mask.count_ones() as usize;
        (*seg).dirty_mask = 0;
        any
    }
}

/// Returns every free resident page to the kernel and unmaps wholly free segments but
/// one. Caller holds the lock. Returns whether anything was released.
pub unsafe fn decommit_all() -> bool {
    let mut released = false;
    // SAFETY: lock held; the pages released are free (no live block lies in them).
    unsafe {
        let mut seg = SEGMENTS;
        while !seg.is_null() {
            let next = (*seg).next;
            if (*seg).free_mask == USABLE && KEPT.is_null() {
                KEPT = seg;
            }
            if (*seg).free_mask == USABLE && KEPT != seg {
                unmap_segment(seg);
                released = true;
            } else {
                released |= purge(seg);
            }
            seg = next;
        }
    }
    released
}

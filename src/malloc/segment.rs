//! Segments: 4 MiB-aligned mappings cut into 64 KiB pages that spans of small blocks use,
//! with their metadata out of band in the segment's first page and a registry bitmap that
//! tells whether an address lies in a segment (rcc-internal; musl: src/malloc/mallocng/).
use super::heap::Heap;
use crate::abi::mman::{MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE};
use crate::sys::{mem, vm};
use core::ptr::null_mut;
use core::sync::atomic::{AtomicPtr, AtomicU64, AtomicUsize, Ordering};

pub const PAGE: usize = 64 * 1024;
pub const SEG_SIZE: usize = 4 << 20;
pub const SEG_PAGES: usize = SEG_SIZE / PAGE;
/// Page 0 holds the segment header; the other pages are handed out.
pub const USABLE: u64 = !1;
/// Free pages kept resident before they are returned with `MADV_DONTNEED` (2 MiB).
const DIRTY_MAX: usize = 32;
const MAGIC: usize = 0x7263_635f_7365_676d;

pub const KIND_FREE: u8 = 0;
pub const KIND_SMALL: u8 = 1;
/// One block of whole pages (medium.rs).
pub const KIND_MEDIUM: u8 = 3;
/// A freed medium block kept for reuse (medium.rs); freeing it again is caught.
pub const KIND_CACHED: u8 = 4;

/// The metadata of a span (a run of pages serving one size class), kept in the header of
/// its segment, never next to the blocks. Each record has three cache lines of its own, so
/// that threads working on neighbouring spans do not share one, and a free from another
/// thread (which reads the first line and pushes to the third) does not pull the line
/// the owner writes at every allocation (the second).
#[repr(C, align(64))]
pub struct Span {
    pub start: usize,
    /// Bytes of blocks: `capacity * block_size`.
    pub limit: usize,
    pub inv: u64,
    /// Blocks carved so far (they are handed out in address order).
    pub bump: u32,
    pub capacity: u32,
    pub block_size: u32,
    pub class: u8,
    pub kind: u8,
    pub npages: u8,
    /// On the owner's full list (or the orphan list) rather than its available list.
    pub full: bool,
    /// The owning heap; null while orphaned or free.
    pub heap: AtomicPtr<Heap>,
    pub next: *mut Span,
    pub prev: *mut Span,
    /// Local free list (owner only); each free block's first word is `next ^ KEY`.
    pub free: usize,
    pub used: u32,
    _pad: [u8; 52],
    /// Blocks freed by other threads, linked like `free`.
    pub thread_free: AtomicUsize,
}

const _: () = assert!(core::mem::offset_of!(Span, free) == 64);
const _: () = assert!(core::mem::offset_of!(Span, thread_free) == 128);
const _: () = assert!(core::mem::size_of::<Span>() == 192);

#[repr(C)]
pub struct Segment {
    /// For every page of a span, the index of the span's first page (its record in
    /// `spans`); stale for free pages, whose head record is then free or does not cover
    /// them. Only the record of a span's first page is ever anything but `KIND_FREE`.
    /// First, in a cache line of its own: every free reads it; the fields after it are
    /// written under the lock.
    pub owner: [u8; SEG_PAGES],
    pub(super) magic: usize,
    pub(super) free_mask: u64,
    pub(super) dirty_mask: u64,
    pub(super) next: *mut Segment,
    pub spans: [Span; SEG_PAGES],
}

const _: () = assert!(core::mem::size_of::<Segment>() <= PAGE);

pub static mut SEGMENTS: *mut Segment = null_mut();
pub static mut DIRTY: usize = 0;
/// The one wholly free segment kept mapped (null if none).
pub static mut KEPT: *mut Segment = null_mut();
/// Resident free pages the kept empty segment may hold.
pub const KEEP_DIRTY: usize = 8;
/// One bit per 4 MiB of the 47-bit user address space (a 4 MiB lazily-touched mapping).
static REGISTRY: AtomicPtr<AtomicU64> = AtomicPtr::new(null_mut());
const REG_BITS: usize = 1 << (47 - 22);

/// Whether `addr`'s 4 MiB granule is one of our segments (callable without the lock).
#[inline(always)]
pub fn segment_of(addr: usize) -> Option<*mut Segment> {
    let reg = REGISTRY.load(Ordering::Acquire);
    let g = addr >> 22;
    if reg.is_null() || g >= REG_BITS {
        return None;
    }
    // SAFETY: g < REG_BITS, so the word index is inside the registry mapping.
    let w = unsafe { (*reg.add(g >> 6)).load(Ordering::Relaxed) };
    if w & (1 << (g & 63)) != 0 {
        Some((addr & !(SEG_SIZE - 1)) as *mut Segment)
    } else {
        None
    }
}

pub fn register(seg: usize, on: bool) -> bool {
    let mut reg = REGISTRY.load(Ordering::Acquire);
    if reg.is_null() {
        let flags = MAP_PRIVATE | MAP_ANONYMOUS | vm::MAP_NORESERVE;
        // SAFETY: a fresh anonymous mapping, replacing nothing.
        match unsafe { mem::mmap(0, REG_BITS / 8, PROT_READ | PROT_WRITE, flags, -1, 0) } {
            Ok(a) => reg = a as *mut AtomicU64,
            Err(_) => return false,
        }
        REGISTRY.store(reg, Ordering::Release);
    }
    let g = seg >> 22;
    if g >= REG_BITS {
        return false;
    }
    // SAFETY: in bounds as above; the registry is only written under the global lock.
    let word = unsafe { &*reg.add(g >> 6) };
    if on {
        word.fetch_or(1 << (g & 63), Ordering::Release);
    } else {
        word.fetch_and(!(1 << (g & 63)), Ordering::Release);
    }
    true
}

/// Maps a new, aligned segment and links it in. Caller holds the lock.
unsafe fn new_segment() -> *mut Segment {
    let prot = PROT_READ | PROT_WRITE;
    // SAFETY: fresh anonymous mappings; the trimmed ends are ours to unmap.
    unsafe {
        let Ok(raw) = mem::mmap(0, 2 * SEG_SIZE, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) else {
            return null_mut();
        };
        let base = (raw + SEG_SIZE - 1) & !(SEG_SIZE - 1);
        if base > raw {
            let _ = mem::munmap(raw, base - raw);
        }
        let end = raw + 2 * SEG_SIZE;
        if end > base + SEG_SIZE {
            let _ = mem::munmap(base + SEG_SIZE, end - base - SEG_SIZE);
        }
        if !register(base, true) {
            let _ = mem::munmap(base, SEG_SIZE);
            return null_mut();
        }
        let seg = base as *mut Segment;
        // Fresh anonymous memory is zero: every span is KIND_FREE with null links.
        (*seg).magic = MAGIC;
        (*seg).free_mask = USABLE;
        (*seg).next = SEGMENTS;
        SEGMENTS = seg;
        seg
    }
}

/// The lowest index at which `mask` has `n` (1..64) consecutive set bits.
#[inline]
fn find_run(mask: u64, n: usize) -> Option<usize> {
    // After the loop, bit i of m says bits i..i + n are all set in mask.
    let (mut m, mut have) = (mask, 1);
    while have < n && m != 0 {
        let s = have.min(n - have);
        m &= m >> s;
        have += s;
    }
    if m == 0 {
        None
    } else {
        Some(m.trailing_zeros() as usize)
    }
}

/// Takes `n` contiguous pages and returns the span record of the first one, with its tail
/// pages pointing back to it; `dirty` says whether any page may hold old data (otherwise
/// they are all zero). Caller holds the lock.
pub unsafe fn alloc_span(n: usize, dirty_out: &mut bool) -> *mut Span {
    // SAFETY: segments on the list are live mappings whose headers we own (lock held).
    unsafe {
        let mut seg = SEGMENTS;
        let mut found = None;
        while !seg.is_null() {
            if let Some(i) = find_run((*seg).free_mask, n) {
                found = Some((seg, i));
                break;
            }
            seg = (*seg).next;
        }
        let (seg, i) = match found {
            Some(f) => f,
            None => {
                let seg = new_segment();
                if seg.is_null() {
                    return null_mut();
                }
                (seg, 1)
            }
        };
        if seg == KEPT {
            KEPT = null_mut();
        }
        let bits = ((1u64 << n) - 1) << i;
        (*seg).free_mask &= !bits;
        let dirty = ((*seg).dirty_mask & bits).count_ones() as usize;
        (*seg).dirty_mask &= !bits;
        DIRTY -= dirty;
        *dirty_out = dirty != 0;
        set_owner(seg, i, i + n, i);
        let s = &raw mut (*seg).spans[i];
        (*s).npages = n as u8;
        s
    }
}

/// Points the owner bytes of pages `from..to` at head `i` (a plain loop: a few bytes,
/// cheaper than a call to `memset`). Caller holds the lock.
#[inline(always)]
unsafe fn set_owner(seg: *mut Segment, from: usize, to: usize, i: usize) {
    for k in from..to {
        // SAFETY: k < SEG_PAGES (the caller's pages); lock held.
        unsafe { (*seg).owner[k & (SEG_PAGES - 1)] = i as u8 };
    }
}

/// The segment of a span record and the index of its first page.
fn seg_index(s: *const Span) -> (*mut Segment, usize) {
    let seg = s as usize & !(SEG_SIZE - 1);
    ((seg as *mut Segment), (span_base(s) - seg) / PAGE)
}

/// Grows span `s` in place to `n` pages if the pages after it are free; returns whether
/// it did and, in `dirty_out`, whether the added pages may hold old data. Caller holds
/// the lock.
pub unsafe fn grow_span(s: *mut Span, n: usize, dirty_out: &mut bool) -> bool {
    // SAFETY: the span is live in a live segment (lock held).
    unsafe {
        let (seg, i) = seg_index(s);
        let old = (*s).npages as usize;
        if i + n > SEG_PAGES {
            return false;
        }
        let bits = ((1u64 << (n - old)) - 1) << (i + old);
        if (*seg).free_mask & bits != bits {
            return false;
        }
        (*seg).free_mask &= !bits;
        let dirty = ((*seg).dirty_mask & bits).count_ones() as usize;
        (*seg).dirty_mask &= !bits;
        DIRTY -= dirty;
        *dirty_out = dirty != 0;
        set_owner(seg, i + old, i + n, i);
        (*s).npages = n as u8;
        true
    }
}

/// Gives back the pages of span `s` past its first `n` (`n >= 1`). Caller holds the lock.
pub unsafe fn shrink_span(s: *mut Span, n: usize) {
    // SAFETY: the span is live in a live segment (lock held); its tail holds no live data.
    unsafe {
        let (seg, i) = seg_index(s);
        let old = (*s).npages as usize;
        release_pages(seg, i + n, old - n);
        (*s).npages = n as u8;
    }
}

/// Marks `n` pages from index `i` free (and resident). Caller holds the lock.
unsafe fn release_pages(seg: *mut Segment, i: usize, n: usize) {
    // SAFETY: lock held; the pages belong to the caller.
    unsafe {
        // Only the first record changes (the others are free already): the owner bytes
        // of the pages keep pointing at their old head, and a pointer into them still
        // fails span_of's checks (the head is free, or, after a shrink, a live block that
        // does not start there); alloc_span rewrites them.
        let t = &raw mut (*seg).spans[i];
        (*t).kind = KIND_FREE;
        (*t).heap.store(null_mut(), Ordering::Relaxed);
        let bits = ((1u64 << n) - 1) << i;
        (*seg).free_mask |= bits;
        (*seg).dirty_mask |= bits;
        DIRTY += n;
        if (*seg).free_mask == USABLE {
            super::purge::segment_emptied(seg);
        } else if DIRTY > DIRTY_MAX {
            super::purge::decommit_all();
        }
    }
}

/// The address of a span's first page.
pub fn span_base(s: *const Span) -> usize {
    let seg = s as usize & !(SEG_SIZE - 1);
    let idx = (s as usize - (seg + core::mem::offset_of!(Segment, spans))) / size_of::<Span>();
    seg + idx * PAGE
}

/// Returns a span's pages to its segment. Caller holds the lock.
pub unsafe fn free_span(s: *mut Span) {
    // SAFETY: the span belongs to a live segment (lock held), and no block in it is in use.
    unsafe {
        let (seg, i) = seg_index(s);
        release_pages(seg, i, (*s).npages as usize);
    }
}

/// Calls `f` for every span head in every segment (for statistics). Caller holds the lock.
pub unsafe fn for_each_span(mut f: impl FnMut(&Span)) -> usize {
    let mut count = 0;
    // SAFETY: lock held; segment headers are live.
    unsafe {
        let mut seg = SEGMENTS;
        while !seg.is_null() {
            count += 1;
            for s in (*seg).spans.iter() {
                if s.kind == KIND_SMALL || s.kind == KIND_MEDIUM {
                    f(s);
                }
            }
            seg = (*seg).next;
        }
    }
    count
}

//! Per-thread heaps: each thread allocates from spans it owns, reached through its thread
//! descriptor; spans of exited threads become orphans that others adopt
//! (rcc-internal; musl has one global heap: src/malloc/mallocng/malloc.c).
use super::lock::lock;
use super::segment::{self, KIND_SMALL, Span};
use super::size_class::{NCLASS, class_inverse, class_pages, class_size};
use crate::abi::mman::{MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE};
use core::ptr::null_mut;
use core::sync::atomic::Ordering;

/// A thread's allocation state: per class, the spans that may have free blocks (the first
/// is the one allocations come from) and the spans found full.
#[repr(C)]
pub struct Heap {
    pub avail: [*mut Span; NCLASS],
    pub full: [*mut Span; NCLASS],
    next_free: *mut Heap,
    /// The last spans kept although empty (each the only one of its class); keeping a
    /// new one gives back the oldest if it is still empty, so at most `KEEP_EMPTY` stay.
    kept: [*mut Span; KEEP_EMPTY],
    kept_next: usize,
}

const KEEP_EMPTY: usize = 4;

const EMPTY_HEAP: Heap = Heap {
    avail: [null_mut(); NCLASS],
    full: [null_mut(); NCLASS],
    next_free: null_mut(),
    kept: [null_mut(); KEEP_EMPTY],
    kept_next: 0,
};

static mut MAIN_HEAP: Heap = EMPTY_HEAP;
static mut MAIN_TAKEN: bool = false;
/// Heaps of exited threads, ready for new ones.
static mut FREE_HEAPS: *mut Heap = null_mut();
/// Spans of exited threads that still hold live blocks, per class.
static mut ORPHANS: [*mut Span; NCLASS] = [null_mut(); NCLASS];

#[cfg(test)]
pub static mut TEST_HEAP: Heap = EMPTY_HEAP;

/// The calling thread's heap, if it has allocated before.
#[inline(always)]
pub fn current_heap() -> *mut Heap {
    #[cfg(not(test))]
    // SAFETY: the thread pointer always points at the calling thread's live descriptor.
    return unsafe { (*crate::rt::thread::current()).malloc_heap.cast() };
    #[cfg(test)]
    {
        super::harden::init_keys();
        &raw mut TEST_HEAP
    }
}

/// The calling thread's heap, created on first use.
#[inline(always)]
pub fn heap() -> *mut Heap {
    let h = current_heap();
    if h.is_null() { new_heap() } else { h }
}

#[cold]
fn new_heap() -> *mut Heap {
    let _g = lock();
    super::harden::init_keys();
    // SAFETY: the heap pool and MAIN_HEAP are only touched under the lock.
    let h = unsafe {
        if !MAIN_TAKEN {
            MAIN_TAKEN = true;
            &raw mut MAIN_HEAP
        } else if !FREE_HEAPS.is_null() {
            let h = FREE_HEAPS;
            FREE_HEAPS = (*h).next_free;
            h.write(EMPTY_HEAP);
            h
        } else {
            let size = size_of::<Heap>().next_multiple_of(4096);
            let flags = MAP_PRIVATE | MAP_ANONYMOUS;
            match crate::sys::mem::mmap(0, size, PROT_READ | PROT_WRITE, flags, -1, 0) {
                Ok(a) => a as *mut Heap, // zero memory is EMPTY_HEAP
                Err(_) => return null_mut(),
            }
        }
    };
    #[cfg(not(test))]
    // SAFETY: the calling thread's own descriptor.
    unsafe {
        (*crate::rt::thread::current()).malloc_heap = h.cast()
    };
    h
}

/// Pushes `s` at the front of a list.
pub unsafe fn push(list: *mut *mut Span, s: *mut Span) {
    // SAFETY: the caller owns both the list and the span.
    unsafe {
        (*s).prev = null_mut();
        (*s).next = *list;
        if !(*list).is_null() {
            (**list).prev = s;
        }
        *list = s;
    }
}

/// Unlinks `s` from the list it is on.
pub unsafe fn unlink(list: *mut *mut Span, s: *mut Span) {
    // SAFETY: `s` is on `list`, which the caller owns.
    unsafe {
        if (*s).prev.is_null() {
            *list = (*s).next;
        } else {
            (*(*s).prev).next = (*s).next;
        }
        if !(*s).next.is_null() {
            (*(*s).next).prev = (*s).prev;
        }
        (*s).next = null_mut();
        (*s).prev = null_mut();
    }
}

/// Moves blocks other threads freed into the local free list; returns how many.
pub unsafe fn collect(s: *mut Span) -> u32 {
    // SAFETY: the caller owns the span; remote frees only ever push whole blocks.
    unsafe {
        if (*s).thread_free.load(Ordering::Relaxed) == 0 {
            return 0;
        }
        let mut b = (*s).thread_free.swap(0, Ordering::Acquire);
        let k = super::harden::key();
        let mut n = 0;
        while b != 0 {
            let next = *(b as *const usize) ^ k;
            *(b as *mut usize) = (*s).free ^ k;
            (*s).free = b;
            b = next;
            n += 1;
        }
        (*s).used -= n;
        n
    }
}

/// Makes `heap.avail[c]` non-empty: spans refilled by other threads, an orphan, or a new span.
#[cold]
pub unsafe fn refill(heap: *mut Heap, c: usize) -> bool {
    // SAFETY: the heap is the calling thread's; shared lists are used under the lock.
    unsafe {
        let mut s = (*heap).full[c];
        while !s.is_null() {
            let next = (*s).next;
            if collect(s) > 0 {
                unlink(&raw mut (*heap).full[c], s);
                (*s).full = false;
                push(&raw mut (*heap).avail[c], s);
            }
            s = next;
        }
        if !(*heap).avail[c].is_null() {
            return true;
        }
        let _g = lock();
        let s = ORPHANS[c];
        if !s.is_null() {
            unlink(&raw mut ORPHANS[c], s);
            (*s).heap.store(heap, Ordering::Relaxed);
            (*s).full = false;
            collect(s);
            push(&raw mut (*heap).avail[c], s);
            return true;
        }
        let s = segment::alloc_span(class_pages(c), &mut false);
        if s.is_null() {
            return false;
        }
        let size = class_size(c);
        let bytes = (*s).npages as usize * segment::PAGE;
        (*s).free = 0;
        // Start each span's blocks at a different offset below 4 KiB (its colour), so
        // that the first blocks of the spans of different classes, which are the most
        // used, do not all fall into the same few L1 cache sets. The colour is a multiple
        // of the largest power of two dividing the block size (at least 64), so blocks
        // keep the alignment alloc_aligned relies on; big blocks get none.
        let base = segment::span_base(s);
        let a = (1usize << size.trailing_zeros()).max(64);
        let colour = if a < 4096 && bytes / size > 64 {
            (((base / segment::PAGE) * 11 + c * 7) % (4096 / a)) * a
        } else {
            0
        };
        (*s).start = base + colour;
        (*s).capacity = ((bytes - colour) / size) as u32;
        (*s).limit = (*s).capacity as usize * size;
        (*s).inv = class_inverse(size);
        (*s).used = 0;
        (*s).bump = 0;
        (*s).block_size = size as u32;
        (*s).class = c as u8;
        (*s).full = false;
        (*s).heap.store(heap, Ordering::Relaxed);
        (*s).thread_free.store(0, Ordering::Relaxed);
        (*s).kind = KIND_SMALL;
        push(&raw mut (*heap).avail[c], s);
        true
    }
}

/// A local free left `s` with no block in use: give its pages back unless it is the only
/// span its class has.
pub unsafe fn span_emptied(heap: *mut Heap, s: *mut Span) {
    // SAFETY: the caller owns the span (it is on the heap's avail list).
    unsafe {
        let c = (*s).class as usize;
        if (*heap).avail[c] == s && (*s).next.is_null() {
            // A block allocated and freed over and over empties the same span each time:
            // it is the last one recorded then.
            let last = ((*heap).kept_next + KEEP_EMPTY - 1) % KEEP_EMPTY;
            if (*heap).kept[last] != s {
                keep_empty(heap, s);
            }
            return;
        }
        unlink(&raw mut (*heap).avail[c], s);
        let _g = lock();
        segment::free_span(s);
    }
}

/// Records that empty span `s` stays, and gives back the one recorded `KEEP_EMPTY` times
/// ago if it is still an empty span of this heap (it may have been reused or freed since).
#[cold]
unsafe fn keep_empty(heap: *mut Heap, s: *mut Span) {
    // SAFETY: the heap is the caller's; an old record is checked before it is used (span
    // records stay mapped while their segment is, and a wholly free segment holds none of
    // ours: its spans' heap fields are null).
    unsafe {
        let i = (*heap).kept_next % KEEP_EMPTY;
        (*heap).kept_next = i + 1;
        let old = core::mem::replace(&mut (*heap).kept[i], s);
        if old.is_null() || old == s || (*heap).kept.contains(&old) {
            return;
        }
        let _g = lock();
        if segment::segment_of(old as usize).is_none()
            || (*old).kind != KIND_SMALL
            || (*old).heap.load(Ordering::Relaxed) != heap
            || (*old).used != 0
        {
            return;
        }
        unlink(&raw mut (*heap).avail[(*old).class as usize], old);
        segment::free_span(old);
    }
}

/// Hands a span list's spans to the orphan lists (or frees them). Caller holds the lock.
unsafe fn orphan_list(list: *mut *mut Span) {
    // SAFETY: the spans are owned by the exiting thread's heap.
    unsafe {
        while !(*list).is_null() {
            let s = *list;
            unlink(list, s);
            collect(s);
            (*s).heap.store(null_mut(), Ordering::Release);
            collect(s);
            if (*s).used == 0 {
                segment::free_span(s);
            } else {
                (*s).full = true;
                push(&raw mut ORPHANS[(*s).class as usize], s);
            }
        }
    }
}

/// Called by the threads code when a thread exits: its spans become orphans (blocks still
/// in use stay valid and may be freed from any thread) and its heap is recycled.
pub unsafe fn thread_exit() {
    let h = current_heap();
    if h.is_null() {
        return;
    }
    let _g = lock();
    // SAFETY: the exiting thread's heap; nothing else uses it.
    unsafe {
        for c in 0..NCLASS {
            orphan_list(&raw mut (*h).avail[c]);
            orphan_list(&raw mut (*h).full[c]);
        }
        #[cfg(not(test))]
        {
            (*crate::rt::thread::current()).malloc_heap = null_mut();
        }
        if h != &raw mut MAIN_HEAP {
            (*h).next_free = FREE_HEAPS;
            FREE_HEAPS = h;
        } else {
            MAIN_TAKEN = false;
        }
    }
}

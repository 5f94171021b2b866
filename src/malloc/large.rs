//! Large blocks: mapped directly, resized with `mremap`, and recorded out of band in a
//! hash table so that frees of unknown pointers are caught (rcc-internal; musl:
//! src/malloc/mallocng/malloc.c, the `maplen` case).
use super::harden::fail;
use super::lock::lock;
use crate::abi::mman::{MAP_ANONYMOUS, MAP_PRIVATE, PROT_READ, PROT_WRITE};
use crate::sys::{mem, vm};
use core::ptr::null_mut;

const PG: usize = 4096;

#[derive(Clone, Copy)]
struct Entry {
    ptr: usize,
    len: usize,
}

static mut SLOTS: *mut Entry = null_mut();
static mut CAP: usize = 0;
static mut COUNT: usize = 0;
static mut BYTES: usize = 0;

/// Recently freed mappings kept for reuse, so a program that keeps allocating and freeing
/// blocks of a few hundred KiB does not pay mmap, munmap and page faults every time.
const CACHE_SLOTS: usize = 8;
const CACHE_MAX_BYTES: usize = 8 << 20;
const CACHE_MAX_BLOCK: usize = 2 << 20;
static mut CACHE: [Entry; CACHE_SLOTS] = [Entry { ptr: 0, len: 0 }; CACHE_SLOTS];
static mut CACHE_BYTES: usize = 0;

/// Takes a cached mapping of `len..=len + len / 2` bytes. Lock held.
unsafe fn cache_take(len: usize) -> Option<Entry> {
    // SAFETY: lock held.
    unsafe {
        let cache = &mut *(&raw mut CACHE);
        let e = cache
            .iter_mut()
            .find(|e| e.ptr != 0 && e.len >= len && e.len <= len + len / 2)?;
        let got = *e;
        *e = Entry { ptr: 0, len: 0 };
        CACHE_BYTES -= got.len;
        Some(got)
    }
}

/// Keeps a freed mapping if it fits; returns the mapping to unmap otherwise (or the one it
/// evicted). Lock held.
unsafe fn cache_put(ptr: usize, len: usize) -> Option<Entry> {
    if len > CACHE_MAX_BLOCK {
        return Some(Entry { ptr, len });
    }
    // SAFETY: lock held.
    unsafe {
        let cache = &mut *(&raw mut CACHE);
        let mut out = None;
        let slot = match cache.iter().position(|e| e.ptr == 0) {
            Some(i) => i,
            None => {
                out = Some(cache[0]);
                CACHE_BYTES -= cache[0].len;
                cache.copy_within(1.., 0);
                CACHE_SLOTS - 1
            }
        };
        if CACHE_BYTES + len > CACHE_MAX_BYTES {
            cache[slot] = Entry { ptr: 0, len: 0 };
            return out.or(Some(Entry { ptr, len }));
        }
        cache[slot] = Entry { ptr, len };
        CACHE_BYTES += len;
        out
    }
}

/// Unmaps every cached mapping (malloc_trim). Returns whether there was any.
pub fn cache_flush() -> bool {
    let _g = lock();
    let mut any = false;
    // SAFETY: lock held; cached mappings are owned by the cache alone.
    unsafe {
        let cache = &mut *(&raw mut CACHE);
        for e in cache.iter_mut().filter(|e| e.ptr != 0) {
            let _ = mem::munmap(e.ptr, e.len);
            *e = Entry { ptr: 0, len: 0 };
            any = true;
        }
        CACHE_BYTES = 0;
    }
    any
}

fn hash(p: usize, cap: usize) -> usize {
    ((p >> 12).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 20) & (cap - 1)
}

/// Index of `p`'s slot (or of the empty slot where it would go). Lock held, CAP > 0.
unsafe fn probe(p: usize) -> usize {
    // SAFETY: SLOTS has CAP entries and is never full (load <= 1/2).
    unsafe {
        let mut i = hash(p, CAP);
        loop {
            let e = *SLOTS.add(i);
            if e.ptr == p || e.ptr == 0 {
                return i;
            }
            i = (i + 1) & (CAP - 1);
        }
    }
}

unsafe fn grow() -> bool {
    // SAFETY: lock held; a fresh anonymous mapping; the old table is unmapped after
    // rehashing.
    unsafe {
        let cap = if CAP == 0 { 256 } else { CAP * 2 };
        let bytes = cap * size_of::<Entry>();
        let flags = MAP_PRIVATE | MAP_ANONYMOUS;
        let Ok(new) = mem::mmap(0, bytes, PROT_READ | PROT_WRITE, flags, -1, 0) else {
            return false;
        };
        let (old, old_cap) = (SLOTS, CAP);
        SLOTS = new as *mut Entry;
        CAP = cap;
        for i in 0..old_cap {
            let e = *old.add(i);
            if e.ptr != 0 {
                *SLOTS.add(probe(e.ptr)) = e;
            }
        }
        if !old.is_null() {
            let _ = mem::munmap(old as usize, old_cap * size_of::<Entry>());
        }
    }
    true
}

unsafe fn insert(p: usize, len: usize) -> bool {
    // SAFETY: lock held by the caller.
    unsafe {
        if (COUNT + 1) * 2 > CAP && !grow() {
            return false;
        }
        *SLOTS.add(probe(p)) = Entry { ptr: p, len };
        COUNT += 1;
        BYTES += len;
    }
    true
}

/// Removes `p` (linear probing with backward-shift deletion). Lock held, `p` present.
unsafe fn remove(mut i: usize) {
    // SAFETY: i < CAP; the table is consistent under the lock.
    unsafe {
        BYTES -= (*SLOTS.add(i)).len;
        COUNT -= 1;
        let mut j = i;
        loop {
            *SLOTS.add(i) = Entry { ptr: 0, len: 0 };
            loop {
                j = (j + 1) & (CAP - 1);
                let e = *SLOTS.add(j);
                if e.ptr == 0 {
                    return;
                }
                let home = hash(e.ptr, CAP);
                // Move e back if its home is not in (i, j] cyclically.
                let in_range = if i <= j {
                    i < home && home <= j
                } else {
                    i < home || home <= j
                };
                if !in_range {
                    *SLOTS.add(i) = e;
                    i = j;
                    break;
                }
            }
        }
    }
}

/// The mapping length recorded for `p`, if `p` is a live large block. Lock held.
unsafe fn find(p: usize) -> Option<(usize, usize)> {
    // SAFETY: lock held.
    unsafe {
        if CAP == 0 {
            return None;
        }
        let i = probe(p);
        let e = *SLOTS.add(i);
        if e.ptr == p { Some((i, e.len)) } else { None }
    }
}

/// Maps a block of at least `n` bytes aligned to `align` (a power of two >= 16); with
/// `zero`, the block is fresh (zero) memory.
pub fn alloc(n: usize, align: usize, zero: bool) -> *mut u8 {
    let Some(len) = n.checked_add(PG - 1).map(|v| v & !(PG - 1)) else {
        return null_mut();
    };
    if !zero && align <= PG && len <= CACHE_MAX_BLOCK {
        let _g = lock();
        // SAFETY: lock held; a cached mapping is ours and unused.
        unsafe {
            if let Some(e) = cache_take(len) {
                if insert(e.ptr, e.len) {
                    return e.ptr as *mut u8;
                }
                let _ = mem::munmap(e.ptr, e.len);
            }
        }
    }
    let extra = if align > PG { align } else { 0 };
    let Some(total) = len.checked_add(extra) else {
        return null_mut();
    };
    if total > isize::MAX as usize {
        return null_mut();
    }
    let flags = MAP_PRIVATE | MAP_ANONYMOUS;
    // SAFETY: fresh anonymous mappings; the trimmed ends are ours.
    unsafe {
        let Ok(raw) = mem::mmap(0, total, PROT_READ | PROT_WRITE, flags, -1, 0) else {
            return null_mut();
        };
        let p = (raw + align - 1) & !(align - 1);
        if p > raw {
            let _ = mem::munmap(raw, p - raw);
        }
        if raw + total > p + len {
            let _ = mem::munmap(p + len, raw + total - p - len);
        }
        let _g = lock();
        if !insert(p, len) {
            let _ = mem::munmap(p, len);
            return null_mut();
        }
        p as *mut u8
    }
}

/// Frees large block `p`; aborts if `p` is not one.
pub fn free(p: usize) {
    let g = lock();
    // SAFETY: lock held; the entry proves the mapping is ours.
    unsafe {
        let Some((i, len)) = find(p) else {
            drop(g);
            fail("free(): invalid pointer");
        };
        remove(i);
        let out = cache_put(p, len);
        drop(g);
        if let Some(e) = out {
            let _ = mem::munmap(e.ptr, e.len);
        }
    }
}

/// The usable size of large block `p`, if it is one.
pub fn usable(p: usize) -> Option<usize> {
    let _g = lock();
    // SAFETY: lock held.
    unsafe { find(p).map(|(_, len)| len) }
}

/// Resizes large block `p` to at least `n` bytes with `mremap`; None if `p` is not a large
/// block (the caller aborts), Some(null) when out of memory.
pub fn resize(p: usize, n: usize) -> Option<*mut u8> {
    let Some(new_len) = n.checked_add(PG - 1).map(|v| v & !(PG - 1)) else {
        return Some(null_mut());
    };
    let _g = lock();
    // SAFETY: lock held; the entry proves the mapping is ours.
    unsafe {
        let (i, len) = find(p)?;
        if new_len == len {
            return Some(p as *mut u8);
        }
        if new_len > isize::MAX as usize {
            return Some(null_mut());
        }
        // Growing: leave room for more growth (address space only; untouched pages cost
        // nothing), so a block grown step by step is not remapped at every step.
        let new_len = if new_len > len && new_len <= len + len / 2 {
            (len + len / 2 + PG - 1) & !(PG - 1)
        } else {
            new_len
        };
        let Ok(q) = vm::mremap(p, len, new_len, vm::MREMAP_MAYMOVE) else {
            return Some(null_mut());
        };
        remove(i);
        // Cannot fail: removing made room, and the table never shrinks.
        insert(q, new_len);
        Some(q as *mut u8)
    }
}

/// (number of large blocks, bytes mapped for them).
pub fn stats() -> (usize, usize) {
    let _g = lock();
    // SAFETY: lock held.
    unsafe { (COUNT, BYTES) }
}

//! A small cache of joined threads' stack mappings, so that create/join cycles reuse
//! memory instead of paying mmap, mprotect and munmap each time (glibc keeps a similar
//! cache; musl does not). Entries keep their guard pages; their contents are stale, which
//! is fine for a stack. The cache is bounded in entries and in bytes.
use super::state::Lock;

const ENTRIES: usize = 8;
const MAX_BYTES: usize = 64 << 20;

struct Entry {
    base: usize,
    size: usize,
    guard: usize,
}

pub(crate) static LOCK: Lock = Lock::new();
static mut CACHE: [Entry; ENTRIES] = [const {
    Entry {
        base: 0,
        size: 0,
        guard: 0,
    }
}; ENTRIES];

/// A cached mapping of exactly `size` bytes with a `guard`-byte guard, if one is free.
pub fn take(size: usize, guard: usize) -> Option<usize> {
    LOCK.lock();
    // SAFETY: CACHE is only touched under LOCK.
    let found = unsafe {
        let cache = &mut *(&raw mut CACHE);
        cache
            .iter_mut()
            .find(|e| e.base != 0 && e.size == size && e.guard == guard)
            .map(|e| core::mem::replace(&mut e.base, 0))
    };
    LOCK.unlock();
    found
}

/// Keeps a no-longer-used thread mapping for reuse, or unmaps it when the cache is full.
///
/// # Safety
/// Nothing may use `[base, base + size)` any more.
pub unsafe fn give(base: usize, size: usize, guard: usize) {
    LOCK.lock();
    // SAFETY: CACHE is only touched under LOCK.
    let kept = unsafe {
        let cache = &mut *(&raw mut CACHE);
        let used: usize = cache.iter().filter(|e| e.base != 0).map(|e| e.size).sum();
        match cache.iter_mut().find(|e| e.base == 0) {
            Some(e) if used + size <= MAX_BYTES => {
                *e = Entry { base, size, guard };
                true
            }
            _ => false,
        }
    };
    LOCK.unlock();
    if !kept {
        // SAFETY: the caller guarantees the mapping is unused.
        let _ = unsafe { crate::sys::mem::munmap(base, size) };
    }
}

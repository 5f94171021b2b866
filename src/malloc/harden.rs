//! Heap-integrity checks: the secret that free blocks are encoded with, and the one-line
//! report before `abort()` (rcc-internal; musl: src/malloc/mallocng/meta.h `assert`).

/// Keys mixed into free-list links and free-block cookies; set once before the first block
/// exists, from the `AT_RANDOM` canary.
pub static mut KEY: usize = 0;
pub static mut COOKIE: usize = 0;

/// Sets the keys (idempotent).
pub fn init_keys() {
    // SAFETY: called with the global lock held (or single-threaded) before any block exists.
    unsafe {
        if KEY != 0 {
            return;
        }
        #[cfg(not(test))]
        let seed = (*crate::rt::thread::current()).canary;
        #[cfg(test)]
        let seed = &raw const KEY as usize;
        let mut x = seed ^ 0x9e37_79b9_7f4a_7c15;
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        COOKIE = x ^ (x >> 31) | 1;
        KEY = x.rotate_left(29) | 0x8000_0000_0000_0000;
    }
}

/// The cookie a free block at `p` carries in its second word.
#[inline(always)]
pub fn cookie(p: usize) -> usize {
    // SAFETY: read-only after init_keys.
    p ^ unsafe { COOKIE }
}

/// The key free-list links are encoded with.
#[inline(always)]
pub fn key() -> usize {
    // SAFETY: read-only after init_keys.
    unsafe { KEY }
}

/// Writes `rcc malloc: <what>` to stderr and aborts.
#[cold]
#[inline(never)]
pub fn fail(what: &str) -> ! {
    let _ = crate::sys::fs::write_all(2, b"rcc malloc: ");
    let _ = crate::sys::fs::write_all(2, what.as_bytes());
    let _ = crate::sys::fs::write_all(2, b"\n");
    #[cfg(test)]
    panic!("{what}");
    #[cfg(not(test))]
    crate::exit::abort::abort_now()
}

//! Test helpers for the string functions: buffers that end right before an unmapped page,
//! and a small deterministic pseudo-random generator. Test builds only.

unsafe extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, off: i64) -> *mut u8;
    fn mprotect(addr: *mut u8, len: usize, prot: i32) -> i32;
    fn munmap(addr: *mut u8, len: usize) -> i32;
}

use crate::string::PAGE;

/// Readable pages (one unless made by `pages`) and a `PROT_NONE` page after them: bytes
/// just before `end()` are the last mapped ones.
pub struct Guarded {
    base: *mut u8,
    pages: usize,
}

impl Guarded {
    pub fn new() -> Guarded {
        Guarded::pages(1)
    }

    /// `n` readable pages, then the guard page.
    pub fn pages(n: usize) -> Guarded {
        // SAFETY: anonymous private mapping of n + 1 fresh pages; we own them until drop.
        unsafe {
            let base = mmap(core::ptr::null_mut(), (n + 1) * PAGE, 3, 0x22, -1, 0);
            assert!(!base.is_null() && base as isize != -1);
            assert_eq!(mprotect(base.add(n * PAGE), PAGE, 0), 0);
            Guarded { base, pages: n }
        }
    }

    /// One past the last accessible byte.
    pub fn end(&self) -> *mut u8 {
        self.base.wrapping_add(self.pages * PAGE)
    }

    /// Copies `bytes` so that they end exactly at `end()`; returns their start.
    pub fn place(&self, bytes: &[u8]) -> *mut u8 {
        assert!(bytes.len() <= self.pages * PAGE);
        let start = self.end().wrapping_sub(bytes.len());
        for (i, b) in bytes.iter().enumerate() {
            // SAFETY: `start + i` is inside the first (writable) page.
            unsafe { *start.add(i) = *b };
        }
        start
    }
}

impl Drop for Guarded {
    fn drop(&mut self) {
        // SAFETY: unmapping the mapping made in `new`.
        unsafe { munmap(self.base, (self.pages + 1) * PAGE) };
    }
}

/// xorshift64: deterministic test data.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    /// A byte in `1..=k` (never NUL), `k >= 1`.
    pub fn small(&mut self, k: u8) -> u8 {
        (self.next() % k as u64) as u8 + 1
    }
}

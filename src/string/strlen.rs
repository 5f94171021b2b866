//! `strlen` and the length kernel shared by the other string functions
//! (C11 7.24.6.3; musl: src/string/strlen.c).
use crate::abi::types::{c_char, size_t};
use crate::string::simd::{self, W};
use crate::string::{avx2, avx2_head, avx512_scan};

/// Number of bytes before the first NUL at `s`.
///
/// Reads whole aligned 16-byte blocks (64-byte groups once 64-byte aligned), which never
/// leave the page that holds the terminator.
///
/// # Safety
/// `s` points to a NUL-terminated string.
#[inline]
pub(crate) unsafe fn str_len(s: *const u8) -> usize {
    let t = avx2::tier();
    if avx2::wide(t) {
        // SAFETY: forwarded caller contract; AVX-512 was just checked.
        return unsafe { avx512_scan::strlen(s) };
    }
    if t == avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_head::strlen(s) };
    }
    // SAFETY: forwarded caller contract.
    unsafe { str_len_slow(s) }
}

/// `str_len` before the CPU check has run, or without AVX2.
///
/// # Safety
/// `s` points to a NUL-terminated string.
#[inline(never)]
unsafe fn str_len_slow(s: *const u8) -> usize {
    if avx2::usable() {
        // SAFETY: forwarded caller contract; the tier says which kernels may run.
        return unsafe { str_len(s) };
    }
    let off = s as usize & (W - 1);
    let mut a = s.wrapping_sub(off);
    // SAFETY: each aligned load covers bytes at or before the terminator's page: we stop
    // at the first block holding a NUL, and 64-byte groups are aligned so they stay in
    // one page.
    unsafe {
        let m = simd::zero_mask(simd::load(a)) >> off;
        if m != 0 {
            return m.trailing_zeros() as usize;
        }
        a = a.add(W);
        while a as usize & (4 * W - 1) != 0 {
            let m = simd::zero_mask(simd::load(a));
            if m != 0 {
                return a as usize - s as usize + m.trailing_zeros() as usize;
            }
            a = a.add(W);
        }
        loop {
            let x0 = simd::load(a);
            let x1 = simd::load(a.add(W));
            let x2 = simd::load(a.add(2 * W));
            let x3 = simd::load(a.add(3 * W));
            let lo = simd::min(simd::min(x0, x1), simd::min(x2, x3));
            if simd::zero_mask(lo) != 0 {
                let all = simd::zero_mask(x0) as u64
                    | (simd::zero_mask(x1) as u64) << 16
                    | (simd::zero_mask(x2) as u64) << 32
                    | (simd::zero_mask(x3) as u64) << 48;
                return a as usize - s as usize + all.trailing_zeros() as usize;
            }
            a = a.add(4 * W);
        }
    }
}

/// `size_t strlen(const char *s);`
///
/// # Safety
/// `s` points to a NUL-terminated string.
// (Exported through the assembly entry `__rcc_strlen` in arch/x86_64/string_entry.rs,
// which does short inputs on the AVX-512 tier itself and jumps here for the rest.)
pub unsafe extern "C" fn strlen(s: *const c_char) -> size_t {
    // SAFETY: forwarded caller contract.
    unsafe { str_len(s.cast()) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::Guarded;

    #[test]
    fn lengths_and_alignments() {
        crate::string::avx2::each_tier(|_| {
            for n in 0..=300 {
                for off in 0..16 {
                    let mut v = vec![b'x'; off + n + 40];
                    v[off + n] = 0;
                    // SAFETY: NUL-terminated inside `v`.
                    assert_eq!(unsafe { strlen(v.as_ptr().add(off).cast()) }, n);
                }
            }
        });
    }

    #[test]
    fn ends_before_unmapped_page() {
        crate::string::avx2::each_tier(|_| {
            let g = Guarded::new();
            for n in 0..=400 {
                let mut v = vec![b'a'; n + 1];
                v[n] = 0;
                let p = g.place(&v);
                // SAFETY: NUL is the last mapped byte.
                assert_eq!(unsafe { strlen(p.cast()) }, n);
            }
        });
    }
}

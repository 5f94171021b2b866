//! Whole-string AVX2 scans for strlen/strchrnul/memchr, from the first byte: one aligned
//! load and a shifted mask for the head, then aligned blocks; no C counterpart. Callers
//! check `avx2::usable()` first.
#![cfg(target_arch = "x86_64")]

use crate::string::avx2::{self, V, low_bits};
use crate::string::avx2_scan;
use core::arch::x86_64::__m256i;

/// `x` itself when looking for the NUL only, else zero where `x` is NUL or `c`.
#[inline]
#[target_feature(enable = "avx2")]
fn key<const NUL_ONLY: bool>(x: __m256i, v: __m256i) -> __m256i {
    if NUL_ONLY { x } else { avx2::nul_or(x, v) }
}

/// The first byte at or after `s` that is NUL or (unless `NUL_ONLY`) equal to `c`.
///
/// # Safety
/// AVX2 is usable; `s` points to a NUL-terminated string.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn find<const NUL_ONLY: bool>(s: *const u8, c: u8) -> *const u8 {
    let v = avx2::splat(c);
    let off = s as usize & (V - 1);
    let mut a = s.wrapping_sub(off);
    // SAFETY: aligned loads stop at the first block holding a NUL or match; an aligned
    // block, or an aligned 128-byte group, never leaves the page of its first byte, which
    // holds string bytes before that stop.
    unsafe {
        let m = avx2::zero_mask(key::<NUL_ONLY>(avx2::load(a), v)) >> off;
        if m != 0 {
            return s.add(m.trailing_zeros() as usize);
        }
        a = a.add(V);
        while a as usize & (4 * V - 1) != 0 {
            let m = avx2::zero_mask(key::<NUL_ONLY>(avx2::load(a), v));
            if m != 0 {
                return a.add(m.trailing_zeros() as usize);
            }
            a = a.add(V);
        }
        loop {
            let x0 = key::<NUL_ONLY>(avx2::load(a), v);
            let x1 = key::<NUL_ONLY>(avx2::load(a.add(V)), v);
            let x2 = key::<NUL_ONLY>(avx2::load(a.add(2 * V)), v);
            let x3 = key::<NUL_ONLY>(avx2::load(a.add(3 * V)), v);
            if avx2::zero_mask(avx2::min(avx2::min(x0, x1), avx2::min(x2, x3))) != 0 {
                let m01 = avx2::zero_mask(x0) as u64 | (avx2::zero_mask(x1) as u64) << 32;
                if m01 != 0 {
                    return a.add(m01.trailing_zeros() as usize);
                }
                let m23 = avx2::zero_mask(x2) as u64 | (avx2::zero_mask(x3) as u64) << 32;
                return a.add(2 * V + m23.trailing_zeros() as usize);
            }
            a = a.add(4 * V);
        }
    }
}

/// The length of the string at `s`.
///
/// # Safety
/// AVX2 is usable; `s` points to a NUL-terminated string.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn strlen(s: *const u8) -> usize {
    // SAFETY: forwarded caller contract.
    unsafe { find::<true>(s, 0) as usize - s as usize }
}

/// The first byte of `s` equal to `c` (the terminator for `c == 0`), or null.
///
/// # Safety
/// AVX2 is usable; `s` points to a NUL-terminated string.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn strchr(s: *const u8, c: u8) -> *const u8 {
    // SAFETY: forwarded caller contract; `p` points into the string.
    unsafe {
        let p = find::<false>(s, c);
        if *p == c { p } else { core::ptr::null() }
    }
}

/// The first byte equal to `c` in `s..s+n`, or null.
///
/// # Safety
/// AVX2 is usable; `s..s+n` readable, or readable up to the first `c`.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn find_byte(s: *const u8, c: u8, n: usize) -> *const u8 {
    if n == 0 {
        return core::ptr::null();
    }
    let v = avx2::splat(c);
    let off = s as usize & (V - 1);
    let mut a = s.wrapping_sub(off);
    // SAFETY: the head block is aligned and shares its page with `s`; later blocks start
    // inside the range before any match and are aligned, so they stay in its pages.
    unsafe {
        let mut m = avx2::mask(avx2::eq(avx2::load(a), v)) >> off;
        let avail = V - off;
        if n <= avail {
            m &= low_bits(n);
            return if m != 0 {
                s.add(m.trailing_zeros() as usize)
            } else {
                core::ptr::null()
            };
        }
        if m != 0 {
            return s.add(m.trailing_zeros() as usize);
        }
        let mut rem = n - avail;
        a = a.add(V);
        while a as usize & (2 * V - 1) != 0 {
            let mut m = avx2::mask(avx2::eq(avx2::load(a), v));
            if rem <= V {
                m &= low_bits(rem);
                return if m != 0 {
                    a.add(m.trailing_zeros() as usize)
                } else {
                    core::ptr::null()
                };
            }
            if m != 0 {
                return a.add(m.trailing_zeros() as usize);
            }
            a = a.add(V);
            rem -= V;
        }
        // 64-byte aligned with rem > 0 bytes left.
        avx2_scan::find_byte_from(a, c, rem)
    }
}

#[cfg(test)]
mod tests {
    use crate::string::testutil::Guarded;

    #[test]
    fn ends_before_unmapped_page() {
        if !super::avx2::usable() {
            return;
        }
        let g = Guarded::new();
        for n in 0..=600 {
            let mut v = vec![b'q'; n + 1];
            v[n] = 0;
            let p = g.place(&v);
            // SAFETY: AVX2 checked; NUL is the last mapped byte.
            unsafe {
                assert_eq!(super::find::<true>(p, 0), p.wrapping_add(n));
                assert_eq!(super::find::<false>(p, b'z'), p.wrapping_add(n));
                assert_eq!(super::find_byte(p, 0, n + 1), p.wrapping_add(n));
                assert!(super::find_byte(p, b'z', n + 1).is_null());
                assert_eq!(super::find_byte(p, 0, usize::MAX), p.wrapping_add(n));
                if n > 0 {
                    assert!(super::find_byte(p, 0, n).is_null());
                }
            }
        }
    }
}

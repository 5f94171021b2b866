//! `memchr` and the byte-search kernel shared by strnlen/memmem (C11 7.24.5.1;
//! musl: src/string/memchr.c).
use crate::abi::types::{c_int, c_void, size_t};
use crate::string::simd::{self, W};
use crate::string::{avx2, avx2_head, avx512_memchr};

/// Bits `0..k` set, `k <= 16`.
#[inline(always)]
pub(crate) fn low_bits(k: usize) -> u32 {
    (1u32 << k) - 1
}

/// The first byte equal to `c` in `s..s+n`, or null.
///
/// Reads whole aligned 16-byte blocks, possibly a few bytes before `s` or after `s + n`
/// but never outside the pages that hold the range.
///
/// # Safety
/// `s..s+n` readable.
#[inline]
pub(crate) unsafe fn find_byte(s: *const u8, c: u8, n: usize) -> *const u8 {
    let t = avx2::tier();
    if avx2::wide(t) {
        // SAFETY: forwarded caller contract; AVX-512 was just checked.
        return unsafe { avx512_memchr::find_byte(s, c as c_int, n) };
    }
    if t == avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_head::find_byte(s, c, n) };
    }
    // SAFETY: forwarded caller contract.
    unsafe { find_byte_slow(s, c, n) }
}

/// `find_byte` before the CPU check has run, or without AVX2.
///
/// # Safety
/// `s..s+n` readable.
#[inline(never)]
unsafe fn find_byte_slow(s: *const u8, c: u8, n: usize) -> *const u8 {
    if n == 0 {
        return core::ptr::null();
    }
    if avx2::usable() {
        // SAFETY: forwarded caller contract; the tier says which kernels may run.
        return unsafe { find_byte(s, c, n) };
    }
    let v = simd::splat(c);
    let off = s as usize & (W - 1);
    let mut a = s.wrapping_sub(off);
    // SAFETY: `a` is aligned and shares its page with `s`, which the caller provides.
    // Later blocks start inside `s..s+n` before any match, and aligned loads (and
    // aligned 64-byte groups) never leave the page of the first byte they hold.
    unsafe {
        let mut m = simd::mask(simd::eq(simd::load(a), v)) >> off;
        let avail = W - off;
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
        a = a.add(W);
        // Single blocks up to a 64-byte boundary, so that each 64-byte group lies in one
        // page: C lets callers pass a length past the object when the byte is found first.
        while rem > W && a as usize & (4 * W - 1) != 0 {
            let m = simd::mask(simd::eq(simd::load(a), v));
            if m != 0 {
                return a.add(m.trailing_zeros() as usize);
            }
            a = a.add(W);
            rem -= W;
        }
        while rem > 4 * W {
            let e0 = simd::eq(simd::load(a), v);
            let e1 = simd::eq(simd::load(a.add(W)), v);
            let e2 = simd::eq(simd::load(a.add(2 * W)), v);
            let e3 = simd::eq(simd::load(a.add(3 * W)), v);
            if simd::mask(simd::or(simd::or(e0, e1), simd::or(e2, e3))) != 0 {
                let all = simd::mask(e0) as u64
                    | (simd::mask(e1) as u64) << 16
                    | (simd::mask(e2) as u64) << 32
                    | (simd::mask(e3) as u64) << 48;
                return a.add(all.trailing_zeros() as usize);
            }
            a = a.add(4 * W);
            rem -= 4 * W;
        }
        loop {
            let mut m = simd::mask(simd::eq(simd::load(a), v));
            if rem <= W {
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
            a = a.add(W);
            rem -= W;
        }
    }
}

/// `void *memchr(const void *s, int c, size_t n);`
///
/// # Safety
/// `s` readable for `n` bytes, or up to the first byte equal to `(unsigned char)c`.
// (Exported through the assembly entry `__rcc_memchr` in arch/x86_64/string_entry.rs,
// which does short inputs on the AVX-512 tier itself and jumps here for the rest.)
pub unsafe extern "C" fn memchr(s: *const c_void, c: c_int, n: size_t) -> *mut c_void {
    // SAFETY: forwarded caller contract.
    unsafe { find_byte(s.cast(), c as u8, n) }.cast_mut().cast()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::Guarded;

    fn reference(h: &[u8], c: u8) -> Option<usize> {
        h.iter().position(|&b| b == c)
    }

    #[test]
    fn against_reference() {
        crate::string::avx2::each_tier(|_| {
            let buf: Vec<u8> = (0..400u32).map(|i| (i % 251) as u8 | 1).collect();
            for n in 0..=300usize {
                for off in 0..16 {
                    let mut h = buf.clone();
                    for pos in [None, Some(0), Some(n / 2), Some(n.wrapping_sub(1)), Some(n)] {
                        let pos = pos.filter(|&p| p <= n);
                        h.copy_from_slice(&buf);
                        if let Some(p) = pos {
                            h[off + p] = 0;
                        }
                        let want = reference(&h[off..off + n], 0);
                        // SAFETY: n bytes from `off` are inside `h`.
                        let got = unsafe { memchr(h.as_ptr().add(off).cast(), 0x100, n) };
                        let got =
                            (!got.is_null()).then(|| got as usize - h.as_ptr() as usize - off);
                        assert_eq!(got, want, "n={n} off={off} pos={pos:?}");
                    }
                }
            }
        });
    }

    #[test]
    fn ends_before_unmapped_page() {
        crate::string::avx2::each_tier(|_| {
            let g = Guarded::new();
            for n in 0..=300 {
                let mut v = vec![7u8; n];
                let p = g.place(&v);
                // SAFETY: n readable bytes end at the guard page.
                assert!(unsafe { memchr(p.cast(), 0, n) }.is_null());
                if n > 0 {
                    v[n - 1] = 0;
                    let p = g.place(&v);
                    // SAFETY: as above.
                    assert_eq!(
                        unsafe { memchr(p.cast(), 0, n) },
                        p.wrapping_add(n - 1).cast()
                    );
                    // SAFETY: the scan stops at the match, the last mapped byte.
                    let r = unsafe { memchr(p.cast(), 0, usize::MAX) };
                    assert_eq!(r, p.wrapping_add(n - 1).cast());
                }
            }
        });
    }
}

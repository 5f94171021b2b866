//! `strrchr` (C11 7.24.5.5; musl: src/string/strrchr.c).
use crate::abi::types::{c_char, c_int};
use crate::string::simd::{self, W};
use crate::string::strlen::str_len;
use crate::string::{avx2, avx2_scan, avx512_scan};

/// `char *strrchr(const char *s, int c);` The exported `strrchr` is the assembly entry
/// in `arch/x86_64/string_scan.rs`, which on the AVX-512 tier does strings that end in
/// the 64-byte block holding `s` itself and jumps here for the rest.
///
/// # Safety
/// `s` points to a NUL-terminated string.
pub unsafe extern "C" fn strrchr(s: *const c_char, c: c_int) -> *mut c_char {
    let (s, c) = (s.cast::<u8>(), c as u8);
    let t = avx2::tier();
    if avx2::wide(t) && c != 0 {
        // SAFETY: forwarded caller contract; AVX-512 was just checked; c != 0.
        return unsafe { avx512_scan::find_last_byte(s, c) }
            .cast_mut()
            .cast();
    }
    if c != 0 && t == avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked; c != 0.
        return unsafe { avx2_scan::find_last_byte(s, c) }.cast_mut().cast();
    }
    // SAFETY: forwarded caller contract.
    unsafe { slow(s, c) }
}

/// `strrchr` before the CPU check has run, without AVX2, or for `c == 0`.
///
/// # Safety
/// `s` points to a NUL-terminated string.
#[inline(never)]
unsafe fn slow(s: *const u8, c: u8) -> *mut c_char {
    if c == 0 {
        // SAFETY: forwarded caller contract; the terminator is inside the string.
        return unsafe { s.add(str_len(s)) }.cast_mut().cast();
    }
    if avx2::usable() && avx2::tier() == avx2::WIDE {
        // SAFETY: forwarded caller contract; AVX-512 was just checked; c != 0.
        return unsafe { avx512_scan::find_last_byte(s, c) }
            .cast_mut()
            .cast();
    }
    if avx2::usable() {
        // SAFETY: forwarded caller contract; AVX2 was just checked; c != 0.
        return unsafe { avx2_scan::find_last_byte(s, c) }.cast_mut().cast();
    }
    let v = simd::splat(c);
    let off = s as usize & (W - 1);
    let mut a = s.wrapping_sub(off);
    let mut keep = !0u32 << off;
    let mut last: *const u8 = core::ptr::null();
    // SAFETY: aligned loads from the block holding `s` up to the block holding the
    // terminator; each stays inside a page that holds part of the string.
    unsafe {
        loop {
            let x = simd::load(a);
            let z = simd::zero_mask(x) & keep;
            let mut e = simd::mask(simd::eq(x, v)) & keep;
            if z != 0 {
                // Only matches before the terminator count.
                e &= z ^ (z - 1);
                if e != 0 {
                    last = a.add(31 - e.leading_zeros() as usize);
                }
                return last.cast_mut().cast();
            }
            if e != 0 {
                last = a.add(31 - e.leading_zeros() as usize);
            }
            keep = !0;
            a = a.add(W);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::Guarded;

    fn reference(h: &[u8], c: u8) -> Option<usize> {
        let n = h.iter().position(|&b| b == 0).unwrap();
        h[..=n].iter().rposition(|&b| b == c)
    }

    #[test]
    fn against_reference() {
        crate::string::avx2::each_tier(|_| {
            for n in 0..=300 {
                for off in 0..16 {
                    let mut v: Vec<u8> = (0..off + n + 40).map(|i| (i % 5) as u8 + b'a').collect();
                    v[off + n] = 0;
                    if off > 0 {
                        v[off - 1] = b'b';
                    }
                    for c in [b'a', b'b', b'e', b'z', 0] {
                        let p = v.as_ptr().wrapping_add(off);
                        // SAFETY: NUL-terminated inside `v`.
                        let r = unsafe { strrchr(p.cast(), c as c_int) };
                        let got = (!r.is_null()).then(|| r as usize - p as usize);
                        assert_eq!(got, reference(&v[off..], c), "n={n} off={off} c={c}");
                    }
                }
            }
        });
    }

    #[test]
    fn one_or_two_matches_in_long_strings() {
        crate::string::avx2::each_tier(|_| {
            for n in [70usize, 200, 700, 1000] {
                for off in [0usize, 1, 31] {
                    for k in 0..n {
                        // Matches after the terminator must not count.
                        let mut v = vec![b'x'; off + n + 130];
                        v[off..off + n].fill(b'q');
                        v[off + n] = 0;
                        v[off + k] = b'x';
                        let p = v.as_ptr().wrapping_add(off);
                        // SAFETY: NUL-terminated inside `v`.
                        let r = unsafe { strrchr(p.cast(), b'x' as c_int) };
                        assert_eq!(r as usize - p as usize, k, "n={n} off={off} k={k}");
                        v[off + k / 2] = b'x';
                        // SAFETY: as above.
                        let r = unsafe { strrchr(p.cast(), b'x' as c_int) };
                        assert_eq!(r as usize - p as usize, k);
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
                let mut v = vec![b'k'; n + 1];
                v[n] = 0;
                let p = g.place(&v);
                // SAFETY: NUL is the last mapped byte.
                assert!(unsafe { strrchr(p.cast(), b'x' as c_int) }.is_null());
                if n > 0 {
                    // SAFETY: as above.
                    let r = unsafe { strrchr(p.cast(), b'k' as c_int) };
                    assert_eq!(r, p.wrapping_add(n - 1).cast());
                }
            }
        });
    }
}

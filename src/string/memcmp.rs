//! `memcmp` and the comparison kernel shared by bcmp/memmem (C11 7.24.4.1;
//! musl: src/string/memcmp.c).
use crate::abi::types::{c_int, c_void, size_t};
use crate::string::simd::{self, W};
use crate::string::{avx2, avx2_mem, avx512_cmp};

/// Orders two words read from memory as their bytes compare in address order.
#[inline(always)]
fn order(x: u64, y: u64) -> c_int {
    let (x, y) = (x.swap_bytes(), y.swap_bytes());
    (x > y) as c_int - (x < y) as c_int
}

/// Compares `n` bytes; negative, zero or positive as `a` orders before, with or after `b`.
///
/// # Safety
/// `a` and `b` readable for `n` bytes.
pub(crate) unsafe fn compare(a: *const u8, b: *const u8, n: usize) -> c_int {
    // SAFETY: every access below lies in `[0, n)` of both ranges.
    unsafe {
        if n < W {
            if n >= 8 {
                let (x, y) = (
                    a.cast::<u64>().read_unaligned(),
                    b.cast::<u64>().read_unaligned(),
                );
                if x != y {
                    return order(x, y);
                }
                let x = a.add(n - 8).cast::<u64>().read_unaligned();
                let y = b.add(n - 8).cast::<u64>().read_unaligned();
                return order(x, y);
            }
            if n >= 4 {
                let x = a.cast::<u32>().read_unaligned() as u64;
                let y = b.cast::<u32>().read_unaligned() as u64;
                if x != y {
                    return order(x << 32, y << 32);
                }
                let x = a.add(n - 4).cast::<u32>().read_unaligned() as u64;
                let y = b.add(n - 4).cast::<u32>().read_unaligned() as u64;
                return order(x << 32, y << 32);
            }
            let mut i = 0;
            while i < n {
                let (x, y) = (*a.add(i), *b.add(i));
                if x != y {
                    return x as c_int - y as c_int;
                }
                i += 1;
            }
            return 0;
        }
        if n <= 2 * W {
            // 16..=32 bytes: head and tail blocks, overlapping when n < 32.
            let h = simd::mask(simd::eq(simd::loadu(a), simd::loadu(b)));
            let t = simd::mask(simd::eq(
                simd::loadu(a.add(n - W)),
                simd::loadu(b.add(n - W)),
            ));
            if h & t == 0xffff {
                return 0;
            }
            let j = if h != 0xffff {
                (!h).trailing_zeros() as usize
            } else {
                n - W + (!t).trailing_zeros() as usize
            };
            return *a.add(j) as c_int - *b.add(j) as c_int;
        }
        if n >= 2 * W && avx2::usable() {
            return avx2_mem::compare(a, b, n);
        }
        let mut i = 0;
        while i + 4 * W <= n {
            let e0 = simd::eq(simd::loadu(a.add(i)), simd::loadu(b.add(i)));
            let e1 = simd::eq(simd::loadu(a.add(i + W)), simd::loadu(b.add(i + W)));
            let e2 = simd::eq(simd::loadu(a.add(i + 2 * W)), simd::loadu(b.add(i + 2 * W)));
            let e3 = simd::eq(simd::loadu(a.add(i + 3 * W)), simd::loadu(b.add(i + 3 * W)));
            if simd::mask(simd::and(simd::and(e0, e1), simd::and(e2, e3))) != 0xffff {
                let same = simd::mask(e0) as u64
                    | (simd::mask(e1) as u64) << 16
                    | (simd::mask(e2) as u64) << 32
                    | (simd::mask(e3) as u64) << 48;
                let j = i + (!same).trailing_zeros() as usize;
                return *a.add(j) as c_int - *b.add(j) as c_int;
            }
            i += 4 * W;
        }
        if i == n {
            return 0;
        }
        loop {
            // The last block may overlap the one before: it starts at n - 16.
            if i + W > n {
                i = n - W;
            }
            let ne = !simd::mask(simd::eq(simd::loadu(a.add(i)), simd::loadu(b.add(i)))) & 0xffff;
            if ne != 0 {
                let j = i + ne.trailing_zeros() as usize;
                return *a.add(j) as c_int - *b.add(j) as c_int;
            }
            i += W;
            if i >= n {
                return 0;
            }
        }
    }
}

/// `int memcmp(const void *s1, const void *s2, size_t n);` The exported `memcmp` is the
/// assembly entry in `arch/x86_64/string_entry.rs`, which does the AVX-512 tier itself
/// (above 256 bytes in `string_cmp_long.rs`; inputs of up to 32 bytes near a page end
/// in `avx512_cmp::memcmp`) and jumps here on the other tiers.
///
/// # Safety
/// `s1` and `s2` readable for `n` bytes.
pub unsafe extern "C" fn memcmp(s1: *const c_void, s2: *const c_void, n: size_t) -> c_int {
    let (a, b) = (s1.cast::<u8>(), s2.cast::<u8>());
    let t = avx2::tier();
    if t == avx2::WIDE {
        // SAFETY: forwarded caller contract; AVX-512 was just checked.
        return unsafe { avx512_cmp::memcmp(a, b, n) };
    }
    if n > 2 * W && t >= avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked; n > 32.
        return unsafe { avx2_mem::compare(a, b, n) };
    }
    if t == 0 {
        // SAFETY: forwarded caller contract.
        return unsafe { first_call(a, b, n) };
    }
    // SAFETY: forwarded caller contract.
    unsafe { compare(a, b, n) }
}

/// `memcmp` before the CPU check has run: runs it, then dispatches again.
///
/// # Safety
/// `a` and `b` readable for `n` bytes.
#[cold]
#[inline(never)]
unsafe fn first_call(a: *const u8, b: *const u8, n: usize) -> c_int {
    avx2::usable();
    // SAFETY: forwarded caller contract; the tier is no longer 0, so this does not
    // come back here.
    unsafe { memcmp(a.cast(), b.cast(), n) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::Guarded;
    use core::cmp::Ordering;

    fn sign(x: c_int) -> Ordering {
        x.cmp(&0)
    }

    #[test]
    fn against_reference() {
        avx2::each_tier(|_| {
            let a: Vec<u8> = (0..400u32).map(|i| (i * 7) as u8).collect();
            for n in 0..=300 {
                for off in 0..16 {
                    let mut b = a.clone();
                    // SAFETY: n bytes from `off` are inside both buffers.
                    let eq = unsafe {
                        memcmp(a.as_ptr().add(off).cast(), b.as_ptr().add(off).cast(), n)
                    };
                    assert_eq!(eq, 0);
                    for pos in [0, n / 3, n / 2, n.saturating_sub(1)] {
                        if pos >= n {
                            continue;
                        }
                        for delta in [1u8, 0x80, 0xff] {
                            b.copy_from_slice(&a);
                            b[off + pos] = b[off + pos].wrapping_add(delta);
                            let (x, y) = (&a[off..off + n], &b[off..off + n]);
                            // SAFETY: as above.
                            let r = unsafe { memcmp(x.as_ptr().cast(), y.as_ptr().cast(), n) };
                            assert_eq!(sign(r), x.cmp(y), "n={n} off={off} pos={pos}");
                            // SAFETY: as above.
                            let r = unsafe { memcmp(y.as_ptr().cast(), x.as_ptr().cast(), n) };
                            assert_eq!(sign(r), y.cmp(x));
                        }
                    }
                }
            }
        });
    }

    #[test]
    fn first_difference_decides() {
        avx2::each_tier(|_| {
            let a: Vec<u8> = (0..800u32).map(|i| (i * 13) as u8 | 1).collect();
            for n in (1..=300).chain([383, 384, 385, 511, 512, 513, 700]) {
                for off in [0, 1, 5] {
                    for p1 in [
                        0, 1, 31, 32, 33, 63, 64, 100, 127, 128, 129, 200, 255, 256, 400,
                    ] {
                        for p2 in [p1 + 1, p1 + 31, p1 + 32, p1 + 100, n - 1] {
                            if p1 >= p2 || p2 >= n {
                                continue;
                            }
                            let mut b = a.clone();
                            // The first difference says a < b; a later one says the opposite.
                            b[off + p1] = b[off + p1].wrapping_add(1);
                            b[off + p2] = b[off + p2].wrapping_sub(2);
                            let (x, y) = (&a[off..off + n], &b[off..off + n]);
                            // SAFETY: n bytes from `off` are inside both buffers.
                            let r = unsafe { memcmp(x.as_ptr().cast(), y.as_ptr().cast(), n) };
                            assert_eq!(sign(r), x.cmp(y), "n={n} off={off} p1={p1} p2={p2}");
                        }
                    }
                }
            }
        });
    }

    #[test]
    fn byte_difference_is_unsigned() {
        avx2::each_tier(|_| {
            let (x, y) = ([0x80u8, 0], [0x7fu8, 0]);
            // SAFETY: two bytes each.
            assert!(unsafe { memcmp(x.as_ptr().cast(), y.as_ptr().cast(), 2) } > 0);
        });
    }

    #[test]
    fn every_length_and_position() {
        avx2::each_tier(|_| {
            let a: Vec<u8> = (0..1400u32).map(|i| (i * 7 + 3) as u8).collect();
            for n in (0..=600).chain([700, 1023, 1024, 1025, 1100]) {
                for (oa, ob) in [(0usize, 0usize), (1, 3), (63, 0), (17, 40)] {
                    let mut b = vec![0u8; ob];
                    b.extend_from_slice(&a[oa..oa + n]);
                    let (pa, pb) = (a.as_ptr().wrapping_add(oa), b.as_ptr().wrapping_add(ob));
                    // SAFETY: n bytes at both.
                    assert_eq!(unsafe { memcmp(pa.cast(), pb.cast(), n) }, 0, "n={n}");
                    let step = if n > 300 { 7 } else { 1 };
                    for pos in (0..n).step_by(step).chain(n.checked_sub(1)) {
                        let old = b[ob + pos];
                        for v in [old.wrapping_add(1), old ^ 0x80] {
                            b[ob + pos] = v;
                            // A later difference of the other sign must not decide.
                            if pos + 1 < n {
                                b[ob + n - 1] = a[oa + n - 1].wrapping_sub(1);
                            }
                            let pb = b.as_ptr().wrapping_add(ob);
                            let want = a[oa + pos].cmp(&v);
                            // SAFETY: as above.
                            assert_eq!(
                                sign(unsafe { memcmp(pa.cast(), pb.cast(), n) }),
                                want,
                                "n={n} pos={pos}"
                            );
                            b[ob + n - 1] = a[oa + n - 1];
                        }
                        b[ob + pos] = old;
                    }
                }
            }
        });
    }

    #[test]
    fn ends_before_unmapped_page() {
        avx2::each_tier(|_| {
            let (g1, g2) = (Guarded::new(), Guarded::new());
            let v: Vec<u8> = (0..300u32).map(|i| i as u8).collect();
            for n in 0..=300 {
                let (p, q) = (g1.place(&v[..n]), g2.place(&v[..n]));
                // SAFETY: n bytes at both, the last mapped ones.
                assert_eq!(unsafe { memcmp(p.cast(), q.cast(), n) }, 0);
                if n > 0 {
                    // SAFETY: `q + n - 1` is mapped and writable (Guarded's first page).
                    unsafe { *q.add(n - 1) ^= 1 };
                    // SAFETY: as above.
                    assert_ne!(unsafe { memcmp(p.cast(), q.cast(), n) }, 0);
                }
            }
        });
    }

    #[test]
    fn misaligned_ending_before_unmapped_page() {
        // Long compares with one range ending at the last mapped byte and the other at
        // another offset in its 64-byte block, either way round.
        avx2::each_tier(|_| {
            let (g1, g2) = (Guarded::new(), Guarded::new());
            let v: Vec<u8> = (0..1300u32).map(|i| (i * 13 + 5) as u8).collect();
            for n in (257..=1290).step_by(11) {
                for k in [1usize, 5, 31, 63] {
                    let p = g1.place(&v[..n]);
                    let q = g2.end().wrapping_sub(n + k);
                    // SAFETY: `q..q+n+k` lies in `g2`'s mapped page (n + k < 4096).
                    unsafe { core::ptr::copy_nonoverlapping(v.as_ptr(), q, n) };
                    // SAFETY: n bytes at both.
                    unsafe {
                        assert_eq!(memcmp(p.cast(), q.cast(), n), 0, "n={n} k={k}");
                        assert_eq!(memcmp(q.cast(), p.cast(), n), 0, "n={n} k={k}");
                        *q.add(n - 1) ^= 1;
                        assert_ne!(memcmp(p.cast(), q.cast(), n), 0, "n={n} k={k}");
                        assert_ne!(memcmp(q.cast(), p.cast(), n), 0, "n={n} k={k}");
                        *q.add(n / 2) ^= 0x80;
                        let want = v[n / 2].cmp(&(v[n / 2] ^ 0x80));
                        assert_eq!(sign(memcmp(p.cast(), q.cast(), n)), want, "n={n} k={k}");
                    }
                }
            }
        });
    }

    #[test]
    fn aligned_alike() {
        // Both ranges in one buffer, 4 KiB apart: the same offset in their 64-byte blocks
        // (the AVX-512 kernel's own path up to 256 bytes).
        avx2::each_tier(|_| {
            let mut v: Vec<u8> = (0..9000u32).map(|i| (i * 11) as u8).collect();
            let (x, y) = v.split_at_mut(4096);
            y[..4096].copy_from_slice(x);
            for n in 0..=300 {
                for off in [0usize, 1, 30, 63] {
                    let (pa, pb) = (x[off..].as_ptr(), y[off..].as_mut_ptr());
                    // SAFETY: n + off < 4096 bytes at both.
                    assert_eq!(unsafe { memcmp(pa.cast(), pb.cast(), n) }, 0);
                    for pos in (0..n).step_by(5).chain(n.checked_sub(1)) {
                        // SAFETY: `pos < n`, inside `y`.
                        unsafe { *pb.add(pos) ^= 0x40 };
                        let want = x[off + pos].cmp(&(x[off + pos] ^ 0x40));
                        // SAFETY: as above.
                        let r = unsafe { memcmp(pa.cast(), pb.cast(), n) };
                        assert_eq!(sign(r), want, "n={n} off={off} pos={pos}");
                        // SAFETY: as above.
                        unsafe { *pb.add(pos) ^= 0x40 };
                    }
                }
            }
        });
    }
}

//! `strcmp` (C11 7.24.4.2; musl: src/string/strcmp.c).
use crate::abi::types::{c_char, c_int};
use crate::string::simd::{self, W};
use crate::string::{avx2, avx2_cmp, avx512_strcmp, page_room};

/// True when a 16-byte load at `p` could reach into the next page.
#[inline(always)]
pub(crate) fn near_page_end(p: *const u8) -> bool {
    page_room(p) < W
}

/// A block that is zero exactly where the string at `a` ends or differs from `b`.
///
/// # Safety
/// 16 bytes are readable at `a` and at `b`.
#[inline(always)]
unsafe fn ended_or_differs(a: *const u8, b: *const u8) -> simd::Block {
    // SAFETY: the caller guarantees both loads.
    let (x, y) = unsafe { (simd::loadu(a), simd::loadu(b)) };
    simd::min(x, simd::eq(x, y))
}

/// `int strcmp(const char *s1, const char *s2);`
///
/// Bytes compare as `unsigned char`.
///
/// # Safety
/// `s1` and `s2` point to NUL-terminated strings.
// (Exported through the assembly entry `__rcc_strcmp` in arch/x86_64/string_entry.rs,
// which does short inputs on the AVX-512 tier itself and jumps here for the rest.)
pub unsafe extern "C" fn strcmp(s1: *const c_char, s2: *const c_char) -> c_int {
    let t = avx2::tier();
    if t == avx2::WIDE {
        // SAFETY: forwarded caller contract; AVX-512 was just checked.
        return unsafe { avx512_strcmp::strcmp(s1.cast(), s2.cast()) };
    }
    if t >= avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_cmp::compare(s1.cast(), s2.cast()) };
    }
    // SAFETY: forwarded caller contract.
    unsafe { slow(s1, s2) }
}

/// `strcmp` before the CPU check has run, or without AVX2.
///
/// # Safety
/// As `strcmp`.
#[inline(never)]
unsafe fn slow(s1: *const c_char, s2: *const c_char) -> c_int {
    let (mut a, mut b) = (s1.cast::<u8>(), s2.cast::<u8>());
    if avx2::usable() {
        if avx2::tier() == avx2::WIDE {
            // SAFETY: forwarded caller contract; AVX-512 was just checked.
            return unsafe { avx512_strcmp::strcmp(a, b) };
        }
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_cmp::compare(a, b) };
    }
    // SAFETY: a 16-byte load is only made when it cannot cross into a page neither
    // string has reached: `room` bytes from both pointers stay in their current pages,
    // and the strings have not ended before them. Near a page end we step byte by byte.
    unsafe {
        loop {
            let mut room = page_room(a).min(page_room(b));
            if room < W {
                let (x, y) = (*a, *b);
                if x != y || x == 0 {
                    return x as c_int - y as c_int;
                }
                a = a.add(1);
                b = b.add(1);
                continue;
            }
            // One block first: most strings are short.
            let m = simd::zero_mask(ended_or_differs(a, b));
            if m != 0 {
                let j = m.trailing_zeros() as usize;
                return *a.add(j) as c_int - *b.add(j) as c_int;
            }
            a = a.add(W);
            b = b.add(W);
            room -= W;
            while room >= 4 * W {
                let t0 = ended_or_differs(a, b);
                let t1 = ended_or_differs(a.add(W), b.add(W));
                let t2 = ended_or_differs(a.add(2 * W), b.add(2 * W));
                let t3 = ended_or_differs(a.add(3 * W), b.add(3 * W));
                if simd::zero_mask(simd::min(simd::min(t0, t1), simd::min(t2, t3))) != 0 {
                    let m = simd::zero_mask(t0) as u64
                        | (simd::zero_mask(t1) as u64) << 16
                        | (simd::zero_mask(t2) as u64) << 32
                        | (simd::zero_mask(t3) as u64) << 48;
                    let j = m.trailing_zeros() as usize;
                    return *a.add(j) as c_int - *b.add(j) as c_int;
                }
                a = a.add(4 * W);
                b = b.add(4 * W);
                room -= 4 * W;
            }
            while room >= W {
                let m = simd::zero_mask(ended_or_differs(a, b));
                if m != 0 {
                    let j = m.trailing_zeros() as usize;
                    return *a.add(j) as c_int - *b.add(j) as c_int;
                }
                a = a.add(W);
                b = b.add(W);
                room -= W;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::{Guarded, Rng};
    use core::cmp::Ordering;

    /// `strcmp`; at tier WIDE also the AVX-512 kernel called directly (the entry takes it
    /// only for strings aligned alike), which must give the same value.
    ///
    /// # Safety
    /// As `strcmp`.
    unsafe fn check(a: *const u8, b: *const u8) -> c_int {
        // SAFETY: forwarded caller contract.
        let r = unsafe { strcmp(a.cast(), b.cast()) };
        if avx2::tier() == avx2::WIDE {
            // SAFETY: forwarded caller contract; AVX-512 was just checked.
            assert_eq!(unsafe { avx512_strcmp::strcmp(a, b) }, r);
        }
        r
    }

    fn reference(a: &[u8], b: &[u8]) -> Ordering {
        let la = a.iter().position(|&x| x == 0).unwrap();
        let lb = b.iter().position(|&x| x == 0).unwrap();
        a[..la].cmp(&b[..lb])
    }

    #[test]
    fn against_reference() {
        avx2::each_tier(|_| {
            let mut rng = Rng(0x1234_5678);
            for n in 0..=300 {
                for oa in 0..16 {
                    let ob = (oa * 7 + n) % 16;
                    let body: Vec<u8> = (0..n).map(|_| rng.small(200) + 50).collect();
                    let mut a = vec![0u8; oa];
                    a.extend_from_slice(&body);
                    a.push(0);
                    let mut b = vec![0u8; ob];
                    b.extend_from_slice(&body);
                    b.push(0);
                    let variants = [
                        None,
                        Some((n / 2, 1u8)),
                        Some((n.wrapping_sub(1), 0xff)),
                        Some((0, 0x80)),
                    ];
                    for var in variants {
                        let mut bb = b.clone();
                        if let Some((pos, v)) = var.filter(|&(p, _)| p < n) {
                            bb[ob + pos] = v;
                        }
                        let (pa, pb) = (a.as_ptr().wrapping_add(oa), bb.as_ptr().wrapping_add(ob));
                        // SAFETY: both are NUL-terminated.
                        let r = unsafe { check(pa.cast(), pb.cast()) };
                        assert_eq!(r.cmp(&0), reference(&a[oa..], &bb[ob..]), "n={n} oa={oa}");
                        // SAFETY: as above.
                        let r = unsafe { check(pb.cast(), pa.cast()) };
                        assert_eq!(r.cmp(&0), reference(&bb[ob..], &a[oa..]));
                    }
                }
            }
        });
    }

    #[test]
    fn long_strings_cross_pages() {
        avx2::each_tier(|_| {
            let body: Vec<u8> = (0..10_000u32).map(|i| (i % 200) as u8 + 1).collect();
            for (oa, ob) in [(0usize, 0usize), (1, 7), (15, 3), (40, 9)] {
                let mut a = vec![1u8; oa];
                a.extend_from_slice(&body);
                a.push(0);
                let mut b = vec![1u8; ob];
                b.extend_from_slice(&body);
                b.push(0);
                let (pa, pb) = (a.as_ptr().wrapping_add(oa), b.as_ptr().wrapping_add(ob));
                // SAFETY: both NUL-terminated.
                assert_eq!(unsafe { check(pa.cast(), pb.cast()) }, 0);
                for pos in [4000usize, 4095, 8191, 9999] {
                    let mut c = b.clone();
                    c[ob + pos] = 250;
                    let pc = c.as_ptr().wrapping_add(ob);
                    // SAFETY: both NUL-terminated.
                    let r = unsafe { check(pa.cast(), pc.cast()) };
                    assert_eq!(r, body[pos] as c_int - 250, "pos={pos}");
                }
            }
        });
    }

    #[test]
    fn every_start_alignment() {
        avx2::each_tier(|_| {
            let body: Vec<u8> = (0..700u32).map(|i| (i % 90) as u8 + 30).collect();
            for oa in (0..70).step_by(3) {
                for ob in [0usize, 1, 5, 31, 32, 33, 63, 64, 65] {
                    for len in (0..600usize).step_by(13) {
                        for at in [0, len / 2, len.saturating_sub(1), len] {
                            let mut a = vec![9u8; oa];
                            a.extend_from_slice(&body[..len]);
                            a.push(0);
                            let mut b = vec![9u8; ob];
                            b.extend_from_slice(&body[..len]);
                            b.push(0);
                            // SAFETY: both NUL-terminated.
                            let r = unsafe {
                                strcmp(a.as_ptr().add(oa).cast(), b.as_ptr().add(ob).cast())
                            };
                            assert_eq!(r, 0, "oa={oa} ob={ob} len={len}");
                            b[ob + at] = b[ob + at].wrapping_add(1);
                            let want = a[oa + at] as c_int - b[ob + at] as c_int;
                            // SAFETY: as above.
                            let r = unsafe {
                                strcmp(a.as_ptr().add(oa).cast(), b.as_ptr().add(ob).cast())
                            };
                            assert_eq!(r, want, "oa={oa} ob={ob} len={len} at={at}");
                            // SAFETY: as above.
                            let r = unsafe {
                                strcmp(b.as_ptr().add(ob).cast(), a.as_ptr().add(oa).cast())
                            };
                            assert_eq!(r, -want, "oa={oa} ob={ob} len={len} at={at}");
                        }
                    }
                }
            }
        });
    }

    #[test]
    fn differences_around_page_crossings() {
        avx2::each_tier(|_| {
            let body: Vec<u8> = (0..9000u32).map(|i| (i % 200) as u8 + 20).collect();
            for (oa, ob) in [(0usize, 0usize), (3, 1), (1, 30), (17, 5), (40, 9), (0, 64)] {
                let mut a = vec![1u8; oa];
                a.extend_from_slice(&body);
                a.push(0);
                let mut b = vec![1u8; ob];
                b.extend_from_slice(&body);
                b.push(0);
                let pa = a.as_ptr().wrapping_add(oa);
                let edge = |p: *const u8| 4096 - (p as usize & 4095);
                let (ea, eb) = (edge(pa), edge(b.as_ptr().wrapping_add(ob)));
                for base in [ea, eb, ea + 4096, eb + 4096] {
                    for pos in base.saturating_sub(70)..base + 70 {
                        for v in [0u8, 1, 255] {
                            let mut c = b.clone();
                            c[ob + pos] = v;
                            let pc = c.as_ptr().wrapping_add(ob);
                            // SAFETY: both NUL-terminated.
                            let r = unsafe { check(pa.cast(), pc.cast()) };
                            assert_eq!(
                                r,
                                body[pos] as c_int - v as c_int,
                                "oa={oa} ob={ob} pos={pos}"
                            );
                        }
                    }
                }
            }
        });
    }

    #[test]
    fn every_page_offset() {
        avx2::each_tier(|_| {
            const LEN: usize = 1500;
            let body: Vec<u8> = (0..LEN as u32).map(|i| (i % 199) as u8 + 33).collect();
            let (mut va, mut vb) = (vec![7u8; 4 * 4096], vec![7u8; 4 * 4096]);
            let page = |v: &[u8]| 4096 - (v.as_ptr() as usize & 4095);
            let (sa, sb) = (page(&va), page(&vb));
            let offs = (2500..4096usize)
                .step_by(37)
                .chain([0, 1, 63, 64, 100, 4032, 4095]);
            for oa in offs {
                for ob in [
                    oa,
                    (oa + 1) % 4096,
                    // Alike in 64-byte blocks, not in 128-byte ones.
                    (oa + 64) % 4096,
                    (oa + 4096 - 64) % 4096,
                    (oa + 200) % 4096,
                    oa.saturating_sub(150),
                    3900,
                    4095,
                    5,
                ] {
                    let (a, b) = (
                        &mut va[sa + oa..sa + oa + LEN + 1],
                        &mut vb[sb + ob..sb + ob + LEN + 1],
                    );
                    a[..LEN].copy_from_slice(&body);
                    a[LEN] = 0;
                    b[..LEN].copy_from_slice(&body);
                    b[LEN] = 0;
                    let (pa, pb) = (a.as_ptr(), b.as_mut_ptr());
                    // SAFETY: both NUL-terminated.
                    assert_eq!(unsafe { check(pa.cast(), pb.cast()) }, 0, "oa={oa} ob={ob}");
                    let (ca, cb) = (4096 - oa, 4096 - ob);
                    let mut poss: Vec<usize> = vec![0, 255, 256, 700, LEN - 1];
                    for c in [ca, cb] {
                        poss.extend((c.saturating_sub(70)..c + 70).step_by(3));
                    }
                    for pos in poss.into_iter().filter(|&p| p < LEN) {
                        for v in [0u8, 255] {
                            // SAFETY: `pos < LEN`, inside `b`.
                            unsafe { *pb.add(pos) = v };
                            // SAFETY: as above.
                            let r = unsafe { check(pa.cast(), pb.cast()) };
                            assert_eq!(
                                r,
                                body[pos] as c_int - v as c_int,
                                "oa={oa} ob={ob} pos={pos}"
                            );
                            // SAFETY: as above.
                            unsafe { *pb.add(pos) = body[pos] };
                        }
                    }
                }
            }
        });
    }

    #[test]
    fn ends_before_unmapped_page() {
        avx2::each_tier(|_| {
            let (g1, g2) = (Guarded::new(), Guarded::new());
            for n in (0..=400).chain((401..=1300).step_by(7)) {
                let mut v = vec![b'r'; n + 1];
                v[n] = 0;
                let p = g1.place(&v);
                for shift in [
                    0usize, 1, 5, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 192, 200,
                ] {
                    let mut w = vec![b'r'; n + 1 + shift];
                    w[n] = 0;
                    let q = g2.place(&w);
                    // SAFETY: both NUL-terminated; `p`'s NUL is the last
                    // mapped byte.
                    assert_eq!(unsafe { check(p.cast(), q.cast()) }, 0);
                    // SAFETY: as above.
                    assert_eq!(unsafe { check(q.cast(), p.cast()) }, 0);
                    if n > 0 {
                        w[n - 1] = b's';
                        let q = g2.place(&w);
                        // SAFETY: as above.
                        assert_eq!(
                            unsafe { check(p.cast(), q.cast()) },
                            b'r' as c_int - b's' as c_int
                        );
                    }
                }
                let q = g2.place(&v);
                // SAFETY: both NULs are the last mapped bytes.
                assert_eq!(unsafe { check(p.cast(), q.cast()) }, 0);
            }
        });
    }
}

//! AVX2 fused string copy behind strcpy/stpcpy: finds the NUL in aligned 32-byte source
//! blocks while storing them; no C counterpart. Callers check `avx2::usable()` first.
#![cfg(target_arch = "x86_64")]

use crate::string::avx2::{self, V};
use crate::string::memcpy::copy_small;

/// Copies the `n <= 64` bytes at `s` (the string and its NUL) to `d`.
///
/// # Safety
/// AVX2 is usable; `s..s+n` readable, `d..d+n` writable.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn copy_upto_64(d: *mut u8, s: *const u8, n: usize) {
    // SAFETY: every access lies in `[0, n)` of both ranges.
    unsafe {
        if n >= V {
            let (x, y) = (avx2::loadu(s), avx2::loadu(s.add(n - V)));
            avx2::storeu(d, x);
            avx2::storeu(d.add(n - V), y);
        } else {
            copy_small(d, s, n);
        }
    }
}

/// Copies the string at `s` with its NUL to `d`; returns `d` (`strcpy`) or, with `END`,
/// the copied NUL (`stpcpy`).
///
/// Source loads are 32-byte aligned (never crossing into a page the string does not
/// reach) except for unaligned loads that lie entirely inside the string.
///
/// # Safety
/// AVX2 is usable; `s` is NUL-terminated; `d` has room for it and its NUL; no overlap.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn copy_str<const END: bool>(d: *mut u8, s: *const u8) -> *mut u8 {
    let done = |len: usize| {
        if END {
            d.wrapping_add(len)
        } else {
            avx2::opaque(d)
        }
    };
    let off = s as usize & (V - 1);
    let a = s.wrapping_sub(off);
    // SAFETY: aligned loads stop at the first block holding the NUL, and aligned blocks
    // (and aligned 128-byte groups) never leave the page of their first byte, which holds
    // string bytes. Unaligned loads and all stores lie within `[0, len]` of the string.
    unsafe {
        let m = avx2::zero_mask(avx2::load(a)) >> off;
        if m != 0 {
            let len = m.trailing_zeros() as usize;
            copy_upto_64(d, s, len + 1);
            return done(len);
        }
        let x1 = avx2::load(a.add(V));
        let m = avx2::zero_mask(x1);
        // Offset in the string of the block `a + 32`: in 1..=32.
        let k1 = V - off;
        if m != 0 {
            let len = k1 + m.trailing_zeros() as usize;
            copy_upto_64(d, s, len + 1);
            return done(len);
        }
        // `s..s+32` lies in the two NUL-free blocks just read.
        avx2::storeu(d, avx2::loadu(s));
        avx2::storeu(d.add(k1), x1);
        let mut p = a.add(2 * V);
        // Single blocks up to a 128-byte boundary, so that each group lies in one page.
        while p as usize & (4 * V - 1) != 0 {
            let x = avx2::load(p);
            let m = avx2::zero_mask(x);
            if m != 0 {
                return done(finish(d, s, p, m.trailing_zeros() as usize, x));
            }
            avx2::storeu(d.add(p as usize - s as usize), x);
            p = p.add(V);
        }
        if (d as usize).wrapping_sub(s as usize) & (V - 1) == 0 {
            // Source and destination equally aligned: stores of the loaded blocks are
            // aligned too.
            loop {
                let x0 = avx2::load(p);
                let x1 = avx2::load(p.add(V));
                let x2 = avx2::load(p.add(2 * V));
                let x3 = avx2::load(p.add(3 * V));
                let k = p as usize - s as usize;
                if avx2::zero_mask(avx2::min(avx2::min(x0, x1), avx2::min(x2, x3))) != 0 {
                    let m = avx2::zero_mask(x0) as u64 | (avx2::zero_mask(x1) as u64) << 32;
                    if m != 0 {
                        return done(finish(d, s, p, m.trailing_zeros() as usize, x0));
                    }
                    avx2::storeu(d.add(k), x0);
                    avx2::storeu(d.add(k + V), x1);
                    let m = avx2::zero_mask(x2) as u64 | (avx2::zero_mask(x3) as u64) << 32;
                    return done(finish(d, s, p.add(2 * V), m.trailing_zeros() as usize, x2));
                }
                avx2::storeu(d.add(k), x0);
                avx2::storeu(d.add(k + V), x1);
                avx2::storeu(d.add(k + 2 * V), x2);
                avx2::storeu(d.add(k + 3 * V), x3);
                p = p.add(4 * V);
            }
        }
        // Groups of four aligned source blocks: each is checked for the NUL first; once it
        // has none, its bytes are copied with unaligned loads from the source (all inside
        // the checked string) to 32-byte aligned destination offsets `c`, which lag up to
        // 31 bytes behind (rewriting a few bytes already stored, with the same values).
        // Only the source loads may then split cache lines, not the stores. The loads of a
        // group's bytes are made before the previous group is stored, so no load follows
        // a store to an address equal to it modulo 4 KiB (which on Zen 4 waits for the
        // store even though they do not overlap).
        let mut c = (p as usize - s as usize) - (d as usize + (p as usize - s as usize)) % V;
        let (x0, x1) = (avx2::load(p), avx2::load(p.add(V)));
        let (x2, x3) = (avx2::load(p.add(2 * V)), avx2::load(p.add(3 * V)));
        if avx2::zero_mask(avx2::min(avx2::min(x0, x1), avx2::min(x2, x3))) != 0 {
            return done(tail(d, s, p, [x0, x1, x2, x3]));
        }
        let mut u = [
            avx2::loadu(s.add(c)),
            avx2::loadu(s.add(c + V)),
            avx2::loadu(s.add(c + 2 * V)),
            avx2::loadu(s.add(c + 3 * V)),
        ];
        loop {
            p = p.add(4 * V);
            let (x0, x1) = (avx2::load(p), avx2::load(p.add(V)));
            let (x2, x3) = (avx2::load(p.add(2 * V)), avx2::load(p.add(3 * V)));
            if avx2::zero_mask(avx2::min(avx2::min(x0, x1), avx2::min(x2, x3))) != 0 {
                for (i, x) in u.into_iter().enumerate() {
                    avx2::store(d.add(c + i * V), x);
                }
                return done(tail(d, s, p, [x0, x1, x2, x3]));
            }
            let c2 = c + 4 * V;
            let next = [
                avx2::loadu(s.add(c2)),
                avx2::loadu(s.add(c2 + V)),
                avx2::loadu(s.add(c2 + 2 * V)),
                avx2::loadu(s.add(c2 + 3 * V)),
            ];
            for (i, x) in u.into_iter().enumerate() {
                avx2::store(d.add(c + i * V), x);
            }
            u = next;
            c = c2;
        }
    }
}

/// The end of the misaligned copy: the group of four blocks `x` at `p` holds the NUL, and
/// every string byte more than 32 before `p` is stored. Returns the length.
///
/// # Safety
/// As `copy_str`, with `p` 32-byte aligned and at least 64 bytes past `s`.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn tail(
    d: *mut u8,
    s: *const u8,
    p: *const u8,
    x: [core::arch::x86_64::__m256i; 4],
) -> usize {
    // SAFETY: the bytes between the last store and `p` (fewer than 32) lie in the 32 before
    // `p`, inside the checked string; `finish` stores the rest.
    unsafe {
        let k = p as usize - s as usize;
        avx2::storeu(d.add(k - V), avx2::loadu(s.add(k - V)));
        let m = avx2::zero_mask(x[0]) as u64 | (avx2::zero_mask(x[1]) as u64) << 32;
        if m != 0 {
            return finish(d, s, p, m.trailing_zeros() as usize, x[0]);
        }
        avx2::storeu(d.add(k), x[0]);
        avx2::storeu(d.add(k + V), x[1]);
        let m = avx2::zero_mask(x[2]) as u64 | (avx2::zero_mask(x[3]) as u64) << 32;
        finish(d, s, p.add(2 * V), m.trailing_zeros() as usize, x[2])
    }
}

/// Stores the last part of the copy: the NUL is at `p + j` (`j < 64`), the 32 bytes at `p`
/// are `x0`, and everything before `p` (at least 64 string bytes) is already stored.
/// Returns the length.
///
/// # Safety
/// As `copy_str`, with `p` 32-byte aligned and at least 64 bytes past `s`.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn finish(
    d: *mut u8,
    s: *const u8,
    p: *const u8,
    j: usize,
    x0: core::arch::x86_64::__m256i,
) -> usize {
    let len = p as usize - s as usize + j;
    // SAFETY: len + 1 > 64, so the last 32 bytes up to and including the NUL lie inside
    // the string; `x0` is stored only when the NUL lies beyond it.
    unsafe {
        if j >= V {
            avx2::storeu(d.add(p as usize - s as usize), x0);
        }
        avx2::storeu(d.add(len + 1 - V), avx2::loadu(s.add(len + 1 - V)));
    }
    len
}

#[cfg(test)]
mod tests {
    use crate::string::testutil::Guarded;

    fn check(src: &[u8], off: usize) {
        let n = src.iter().position(|&b| b == 0).unwrap();
        let mut dst = vec![0xaau8; off + n + 40];
        if !super::avx2::usable() {
            return;
        }
        // SAFETY: AVX2 checked; room for n + 1 bytes past `off`; no overlap.
        let (d, s) = (dst.as_mut_ptr().wrapping_add(off), src.as_ptr());
        // SAFETY: as above.
        let (r, e) = unsafe {
            (
                super::copy_str::<false>(d, s),
                super::copy_str::<true>(d, s),
            )
        };
        assert_eq!(r, d);
        let len = e as usize - d as usize;
        assert_eq!(len, n);
        assert_eq!(&dst[off..=off + n], &src[..=n], "n={n} off={off}");
        assert!(dst[..off].iter().all(|&b| b == 0xaa));
        assert!(dst[off + n + 1..].iter().all(|&b| b == 0xaa));
    }

    #[test]
    fn lengths_and_alignments() {
        for n in 0..=600 {
            for so in 0..33 {
                let mut v: Vec<u8> = (0..so + n + 200).map(|i| (i % 200) as u8 + 1).collect();
                v[so + n] = 0;
                check(&v[so..], (n + so) % 37);
            }
        }
    }

    #[test]
    fn ends_before_unmapped_page() {
        let g = Guarded::new();
        for n in 0..=700 {
            let mut v: Vec<u8> = (0..=n).map(|i| (i % 200) as u8 + 1).collect();
            v[n] = 0;
            let p = g.place(&v);
            // SAFETY: `p` is NUL-terminated; its NUL is the last mapped byte.
            let s = unsafe { core::slice::from_raw_parts(p, n + 1) };
            check(s, n % 32);
        }
    }
}

//! AVX-512 fused string copy behind strcpy/stpcpy: finds the NUL in aligned 64-byte source
//! blocks while storing them; no C counterpart. Callers check that `avx2::tier()` is
//! `avx2::WIDE` first.
#![cfg(target_arch = "x86_64")]

use crate::string::avx2::{self, V};
use crate::string::avx512::{self, Z};
use crate::string::memcpy::copy_small;

/// Copies the `n <= 128` bytes at `s` (the string and its NUL) to `d`.
///
/// # Safety
/// AVX-512 is usable; `s..s+n` readable, `d..d+n` writable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn copy_upto_128(d: *mut u8, s: *const u8, n: usize) {
    // SAFETY: every access lies in `[0, n)` of both ranges.
    unsafe {
        if n >= Z {
            let (x, y) = (avx512::loadu(s), avx512::loadu(s.add(n - Z)));
            avx512::storeu(d, x);
            avx512::storeu(d.add(n - Z), y);
        } else if n >= V {
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
/// Source loads are 64-byte aligned (never crossing into a page the string does not
/// reach) except for unaligned loads that lie entirely inside the string.
///
/// # Safety
/// AVX-512 is usable; `s` is NUL-terminated; `d` has room for it and its NUL; no overlap.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn copy_str<const END: bool>(d: *mut u8, s: *const u8) -> *mut u8 {
    let done = |len: usize| {
        if END {
            d.wrapping_add(len)
        } else {
            avx2::opaque(d)
        }
    };
    // SAFETY: the aligned 32-byte block holding `s` lies in `s`'s page (bytes before `s`
    // are read but ignored); if it holds the NUL, the copy touches `[0, len]` only.
    unsafe {
        // Short strings first with a 32-byte block (measured faster than a 64-byte
        // block when the string ends in it).
        let o = s as usize & (V - 1);
        let m = avx2::zero_mask(avx2::load(s.wrapping_sub(o))) >> o;
        if m != 0 {
            let len = m.trailing_zeros() as usize;
            copy_upto_128(d, s, len + 1);
            return done(len);
        }
    }
    let off = s as usize & (Z - 1);
    let a = s.wrapping_sub(off);
    // SAFETY: aligned loads stop at the first block holding the NUL, and aligned blocks
    // (and aligned 256-byte groups) never leave the page of their first byte, which holds
    // string bytes. Unaligned loads and all stores lie within `[0, len]` of the string.
    unsafe {
        let m = avx512::zeros(avx512::load(a)) >> off;
        if m != 0 {
            let len = m.trailing_zeros() as usize;
            copy_upto_128(d, s, len + 1);
            return done(len);
        }
        let mut x1 = avx512::load(a.add(Z));
        let m = avx512::zeros(x1);
        // Offset in the string of the block `a + 64`: in 1..=64.
        let k1 = Z - off;
        if m != 0 {
            let len = k1 + m.trailing_zeros() as usize;
            copy_upto_128(d, s, len + 1);
            return done(len);
        }
        // Each block is loaded once the one before is known to hold no NUL (so its first
        // byte is a string byte), but before the stores of the blocks already checked: a
        // load issued after a store to an address equal to it modulo 4 KiB waits for that
        // store on some CPUs (Zen 4), which a copy between buffers that alias that way
        // would otherwise hit on every block.
        let mut p = a.add(2 * Z);
        let mut x = avx512::load(p);
        // `s..s+64` lies in the two NUL-free blocks read first.
        avx512::storeu(d, avx512::loadu(s));
        avx512::storeu(d.add(k1), x1);
        // Single blocks up to a 256-byte boundary, so that each group lies in one page.
        while p as usize & (4 * Z - 1) != 0 {
            let m = avx512::zeros(x);
            if m != 0 {
                return done(finish(d, s, p, m));
            }
            let k = p as usize - s as usize;
            p = p.add(Z);
            let y = avx512::load(p);
            avx512::storeu(d.add(k), x);
            x = y;
        }
        // Groups of four aligned blocks, the next group loaded between the stores of one.
        let mut x0 = x;
        x1 = avx512::load(p.add(Z));
        let mut x2 = avx512::load(p.add(2 * Z));
        let mut x3 = avx512::load(p.add(3 * Z));
        loop {
            let k = p as usize - s as usize;
            if avx512::zeros(avx512::min(avx512::min(x0, x1), avx512::min(x2, x3))) != 0 {
                let m = avx512::zeros(x0);
                if m != 0 {
                    return done(finish(d, s, p, m));
                }
                avx512::storeu(d.add(k), x0);
                let m = avx512::zeros(x1);
                if m != 0 {
                    return done(finish(d, s, p.add(Z), m));
                }
                avx512::storeu(d.add(k + Z), x1);
                let m = avx512::zeros(x2);
                if m != 0 {
                    return done(finish(d, s, p.add(2 * Z), m));
                }
                avx512::storeu(d.add(k + 2 * Z), x2);
                return done(finish(d, s, p.add(3 * Z), avx512::zeros(x3)));
            }
            p = p.add(4 * Z);
            let y0 = avx512::load(p);
            avx512::storeu(d.add(k), x0);
            let y1 = avx512::load(p.add(Z));
            avx512::storeu(d.add(k + Z), x1);
            let y2 = avx512::load(p.add(2 * Z));
            avx512::storeu(d.add(k + 2 * Z), x2);
            let y3 = avx512::load(p.add(3 * Z));
            avx512::storeu(d.add(k + 3 * Z), x3);
            (x0, x1, x2, x3) = (y0, y1, y2, y3);
        }
    }
}

/// Stores the last part of the copy: the aligned block at `p` has its first NUL where `m`
/// (its zero mask, nonzero) says, and everything before `p` (at least 64 string bytes) is
/// already stored. Returns the length.
///
/// # Safety
/// As `copy_str`, with `p` 64-byte aligned and more than 64 bytes past `s`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn finish(d: *mut u8, s: *const u8, p: *const u8, m: u64) -> usize {
    let len = p as usize - s as usize + m.trailing_zeros() as usize;
    // SAFETY: len + 1 > 64, so the last 64 bytes up to and including the NUL lie inside
    // the string, and they cover everything from `p` to the NUL.
    unsafe { avx512::storeu(d.add(len + 1 - Z), avx512::loadu(s.add(len + 1 - Z))) };
    len
}

#[cfg(test)]
mod tests {
    use crate::string::testutil::Guarded;

    fn check(src: &[u8], off: usize) {
        let n = src.iter().position(|&b| b == 0).unwrap();
        let mut dst = vec![0xaau8; off + n + 80];
        if super::avx2::tier() != super::avx2::WIDE {
            return;
        }
        let (d, s) = (dst.as_mut_ptr().wrapping_add(off), src.as_ptr());
        // SAFETY: AVX-512 checked; room for n + 1 bytes past `off`; no overlap.
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
        crate::string::avx2::usable();
        for n in (0..=700).chain([1000, 4095, 4096, 5000]) {
            for so in 0..65 {
                if n > 700 && so % 7 != 0 {
                    continue;
                }
                let mut v: Vec<u8> = (0..so + n + 300).map(|i| (i % 200) as u8 + 1).collect();
                v[so + n] = 0;
                check(&v[so..], (n + so) % 67);
            }
        }
    }

    #[test]
    fn ends_before_unmapped_page() {
        crate::string::avx2::usable();
        let g = Guarded::new();
        for n in 0..=1100 {
            let mut v: Vec<u8> = (0..=n).map(|i| (i % 200) as u8 + 1).collect();
            v[n] = 0;
            let p = g.place(&v);
            // SAFETY: `p` is NUL-terminated; its NUL is the last mapped byte.
            let s = unsafe { core::slice::from_raw_parts(p, n + 1) };
            check(s, n % 64);
        }
    }
}

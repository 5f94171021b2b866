//! AVX2 fused string copy behind strcpy/stpcpy: finds the NUL in aligned 32-byte source
//! blocks while storing them; no C counterpart. Callers check `avx2::usable()` first.
#![cfg(target_arch = "x86_64")]

use crate::string::PAGE;
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
/// No source load reaches into a page the string does not: loads are 32-byte aligned,
/// lie inside the string, or (groups of four) lie in one page with a string byte.
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
    // string bytes; so do the head's unaligned loads (checked) and the misaligned loop's
    // groups. Other unaligned loads and all stores lie within `[0, len]` of the string.
    unsafe {
        let mut p = if s as usize & (PAGE - 1) <= PAGE - 4 * V {
            // The 128 bytes at `s` lie in its page: unaligned loads, checked as loaded.
            let x0 = avx2::loadu(s);
            let m = avx2::zero_mask(x0);
            if m != 0 {
                let len = m.trailing_zeros() as usize;
                copy_small(d, s, len + 1);
                return done(len);
            }
            let (x1, x2, x3) = (
                avx2::loadu(s.add(V)),
                avx2::loadu(s.add(2 * V)),
                avx2::loadu(s.add(3 * V)),
            );
            avx2::storeu(d, x0);
            if avx2::zero_mask(avx2::min(x1, avx2::min(x2, x3))) != 0 {
                let lo = avx2::zero_mask(x1) as u64 | (avx2::zero_mask(x2) as u64) << 32;
                let j = if lo != 0 {
                    lo.trailing_zeros() as usize
                } else {
                    2 * V + avx2::zero_mask(x3).trailing_zeros() as usize
                };
                // The NUL is at `V + j`; the 32 bytes ending at it start at or after `s`.
                let len = V + j;
                if j >= V {
                    avx2::storeu(d.add(V), x1);
                }
                if j >= 2 * V {
                    avx2::storeu(d.add(2 * V), x2);
                }
                avx2::storeu(d.add(len + 1 - V), avx2::loadu(s.add(len + 1 - V)));
                return done(len);
            }
            avx2::storeu(d.add(V), x1);
            avx2::storeu(d.add(2 * V), x2);
            avx2::storeu(d.add(3 * V), x3);
            a.add(4 * V)
        } else {
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
            a.add(2 * V)
        };
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
        // Groups of four unaligned source loads, NUL-checked as loaded and stored to
        // 32-byte aligned destination offsets `c`, which lag up to 31 bytes behind `p`
        // (rewriting a few bytes already stored, with the same values). Aligned stores
        // never split a cache line; the loads are made once (checking aligned blocks and
        // then reloading unaligned ones took 10 load operations per 128 bytes, 0.79x
        // glibc at 4 KiB). A group that would reach into the next page is first checked
        // up to the page's end with aligned loads, so it is read only if the string
        // continues there.
        let mut c = (p as usize - s as usize) - (d as usize + (p as usize - s as usize)) % V;
        loop {
            let q = s.add(c);
            let page_end = (q as usize + 4 * V - 1) & !(PAGE - 1);
            if page_end > q as usize {
                let mut b = (q as usize & !(V - 1)) as *const u8;
                while (b as usize) < page_end {
                    // Bytes before `q` are known not to be NUL.
                    let m = avx2::zero_mask(avx2::load(b));
                    if m != 0 {
                        let len = b as usize - s as usize + m.trailing_zeros() as usize;
                        return done(end_from(d, s, c, len));
                    }
                    b = b.add(V);
                }
            }
            let x = [
                avx2::loadu(q),
                avx2::loadu(q.add(V)),
                avx2::loadu(q.add(2 * V)),
                avx2::loadu(q.add(3 * V)),
            ];
            if avx2::zero_mask(avx2::min(avx2::min(x[0], x[1]), avx2::min(x[2], x[3]))) != 0 {
                let lo = avx2::zero_mask(x[0]) as u64 | (avx2::zero_mask(x[1]) as u64) << 32;
                let hi = avx2::zero_mask(x[2]) as u64 | (avx2::zero_mask(x[3]) as u64) << 32;
                let j = if lo != 0 {
                    lo.trailing_zeros()
                } else {
                    64 + hi.trailing_zeros()
                };
                let j = j as usize;
                // The blocks wholly before the NUL, then the last 32 bytes up to it.
                for (i, &x) in x.iter().enumerate().take(j / V) {
                    avx2::store(d.add(c + i * V), x);
                }
                let len = c + j;
                avx2::storeu(d.add(len + 1 - V), avx2::loadu(s.add(len + 1 - V)));
                return done(len);
            }
            for (i, &x) in x.iter().enumerate() {
                avx2::store(d.add(c + i * V), x);
            }
            c += 4 * V;
        }
    }
}

/// Stores string bytes `c..=len` (the NUL at `len`, `len >= 64`) when those before `c`
/// are stored. Returns `len`.
///
/// # Safety
/// As `copy_str`.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn end_from(d: *mut u8, s: *const u8, mut c: usize, len: usize) -> usize {
    // SAFETY: every load and store lies in `[0, len]` of the string.
    unsafe {
        while c + V <= len {
            avx2::storeu(d.add(c), avx2::loadu(s.add(c)));
            c += V;
        }
        avx2::storeu(d.add(len + 1 - V), avx2::loadu(s.add(len + 1 - V)));
    }
    len
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

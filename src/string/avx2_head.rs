//! Whole-string AVX2 scans for strlen/strchrnul/memchr, from the first byte: one aligned
//! load and a shifted mask for the head, then aligned blocks; no C counterpart. Callers
//! check `avx2::usable()` first.
#![cfg(target_arch = "x86_64")]

use crate::string::PAGE;
use crate::string::avx2::{self, V, low_bits};
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

/// Bits `0..k` set, `1 <= k <= 64`.
#[inline(always)]
fn low_bits64(k: usize) -> u64 {
    u64::MAX >> (64 - k)
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
    let mut a;
    let mut rem;
    // SAFETY: every load is either unaligned inside the page of a byte the caller lets us
    // read (`s`, or an aligned block start `a` that lies in the range before any match),
    // or an aligned block (one page). Loads past `s + n` stay in such a page; their bytes
    // are masked off.
    unsafe {
        if s as usize & (PAGE - 1) <= PAGE - V {
            // The 32 bytes at `s` lie in its page.
            let m = avx2::mask(avx2::eq(avx2::loadu(s), v));
            if n <= V {
                let m = m & low_bits(n);
                return if m != 0 {
                    s.add(m.trailing_zeros() as usize)
                } else {
                    core::ptr::null()
                };
            }
            if m != 0 {
                return s.add(m.trailing_zeros() as usize);
            }
            if n <= 8 * V && s as usize & (PAGE - 1) <= PAGE - n {
                // The whole range lies in the page of `s`.
                return find_in_page(s, v, n);
            }
            a = s.wrapping_add(V).wrapping_sub(s as usize & (V - 1));
        } else {
            let off = s as usize & (V - 1);
            a = s.wrapping_sub(off);
            let m = avx2::mask(avx2::eq(avx2::load(a), v)) >> off;
            if n <= V - off {
                let m = m & low_bits(n);
                return if m != 0 {
                    s.add(m.trailing_zeros() as usize)
                } else {
                    core::ptr::null()
                };
            }
            if m != 0 {
                return s.add(m.trailing_zeros() as usize);
            }
            a = a.add(V);
        }
        // `a` is aligned, in `s+1..=s+32`, and every byte before it is checked.
        rem = n - (a as usize - s as usize);
        while a as usize & (PAGE - 1) > PAGE - 4 * V {
            // Near the end of a page: one block at a time up to it.
            let m = avx2::mask(avx2::eq(avx2::load(a), v));
            if rem <= V {
                let m = m & low_bits(rem);
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
        // Four blocks in the page of `a`.
        if rem <= 4 * V {
            return Group::load(a, v).first_within(a, rem);
        }
        if Group::any(a, v) {
            return Group::load(a, v).first(a);
        }
        // Continue from the 128-byte aligned group at or before `a + 128` (rechecking up
        // to 96 bytes): such groups never cross a page.
        let b = ((a as usize + 4 * V) & !(4 * V - 1)) as *const u8;
        rem -= b as usize - a as usize;
        a = b;
        while rem > 4 * V {
            if Group::any(a, v) {
                return Group::load(a, v).first(a);
            }
            a = a.add(4 * V);
            rem -= 4 * V;
        }
        Group::load(a, v).first_within(a, rem)
    }
}

/// The first byte equal to `v` in `s + 32..s + n` (`32 < n <= 256`), or null: blocks
/// after the first and blocks ending at `s + n`, overlapping, tested with one branch.
///
/// # Safety
/// AVX2 is usable; `s..s+n` lies in one mapped page.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn find_in_page(s: *const u8, v: __m256i, n: usize) -> *const u8 {
    let blk = |i: usize| {
        // SAFETY: callers below pass i + 32 <= n; the page is mapped.
        unsafe { avx2::eq(avx2::loadu(s.add(i)), v) }
    };
    // Blocks are searched in ascending order of offset; the bytes a block shares with an
    // earlier one hold no match, so its first match is the first in the range.
    let at = |i: usize, m: u64| s.wrapping_add(i + m.trailing_zeros() as usize);
    if n <= 2 * V {
        let m = avx2::mask(blk(n - V)) as u64;
        return if m != 0 {
            at(n - V, m)
        } else {
            core::ptr::null()
        };
    }
    if n <= 4 * V {
        let (e1, e2, e3) = (blk(V), blk(n - 2 * V), blk(n - V));
        if avx2::mask(avx2::or(e1, avx2::or(e2, e3))) == 0 {
            return core::ptr::null();
        }
        let m = avx2::mask(e1) as u64;
        if m != 0 {
            return at(V, m);
        }
        return at(
            n - 2 * V,
            avx2::mask(e2) as u64 | (avx2::mask(e3) as u64) << 32,
        );
    }
    let (e1, e2, e3) = (blk(V), blk(2 * V), blk(3 * V));
    let (t0, t1, t2, t3) = (blk(n - 4 * V), blk(n - 3 * V), blk(n - 2 * V), blk(n - V));
    let x = avx2::or(avx2::or(e1, e2), avx2::or(e3, t0));
    if avx2::mask(avx2::or(x, avx2::or(avx2::or(t1, t2), t3))) == 0 {
        return core::ptr::null();
    }
    let m = avx2::mask(e1) as u64 | (avx2::mask(e2) as u64) << 32;
    if m != 0 {
        return at(V, m);
    }
    let m = avx2::mask(e3) as u64;
    if m != 0 {
        return at(3 * V, m);
    }
    let m = avx2::mask(t0) as u64 | (avx2::mask(t1) as u64) << 32;
    if m != 0 {
        return at(n - 4 * V, m);
    }
    at(
        n - 2 * V,
        avx2::mask(t2) as u64 | (avx2::mask(t3) as u64) << 32,
    )
}

/// The equality masks of four consecutive 32-byte blocks, as two 64-bit halves.
#[derive(Clone, Copy)]
struct Group {
    lo: u64,
    hi: u64,
}

impl Group {
    /// Compares the 128 bytes at `a` with `v`.
    ///
    /// # Safety
    /// AVX2 is usable; `a` is 32-byte aligned and `a..a+128` lies in one mapped page.
    #[inline]
    #[target_feature(enable = "avx2")]
    unsafe fn load(a: *const u8, v: __m256i) -> Group {
        // SAFETY: the caller's guarantee.
        unsafe {
            let e0 = avx2::eq(avx2::load(a), v);
            let e1 = avx2::eq(avx2::load(a.add(V)), v);
            let e2 = avx2::eq(avx2::load(a.add(2 * V)), v);
            let e3 = avx2::eq(avx2::load(a.add(3 * V)), v);
            Group {
                lo: avx2::mask(e0) as u64 | (avx2::mask(e1) as u64) << 32,
                hi: avx2::mask(e2) as u64 | (avx2::mask(e3) as u64) << 32,
            }
        }
    }

    /// Whether any of the 128 bytes at `a` equals `v`.
    ///
    /// # Safety
    /// As `load`.
    #[inline]
    #[target_feature(enable = "avx2")]
    unsafe fn any(a: *const u8, v: __m256i) -> bool {
        // SAFETY: the caller's guarantee.
        unsafe {
            let e0 = avx2::eq(avx2::load(a), v);
            let e1 = avx2::eq(avx2::load(a.add(V)), v);
            let e2 = avx2::eq(avx2::load(a.add(2 * V)), v);
            let e3 = avx2::eq(avx2::load(a.add(3 * V)), v);
            avx2::mask(avx2::or(avx2::or(e0, e1), avx2::or(e2, e3))) != 0
        }
    }

    /// The first match, given that there is one; `a` is where the group was loaded.
    #[inline(always)]
    fn first(self, a: *const u8) -> *const u8 {
        if self.lo != 0 {
            return a.wrapping_add(self.lo.trailing_zeros() as usize);
        }
        a.wrapping_add(2 * V + self.hi.trailing_zeros() as usize)
    }

    /// The first match among the first `rem` bytes (`1 <= rem <= 128`), or null.
    #[inline(always)]
    fn first_within(self, a: *const u8, rem: usize) -> *const u8 {
        if rem <= 2 * V {
            let m = self.lo & low_bits64(rem);
            return if m != 0 {
                a.wrapping_add(m.trailing_zeros() as usize)
            } else {
                core::ptr::null()
            };
        }
        if self.lo != 0 {
            return a.wrapping_add(self.lo.trailing_zeros() as usize);
        }
        let m = self.hi & low_bits64(rem - 2 * V);
        if m != 0 {
            a.wrapping_add(2 * V + m.trailing_zeros() as usize)
        } else {
            core::ptr::null()
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::string::testutil::Guarded;

    #[test]
    fn find_byte_across_page_boundaries() {
        if !super::avx2::usable() {
            return;
        }
        let buf = vec![7u8; 4 * super::PAGE];
        let base = buf.as_ptr() as usize;
        let page = (base + super::PAGE) & !(super::PAGE - 1);
        for back in (0..=40).chain([100, 127, 128, 129, 200]) {
            let s = (page + super::PAGE - back) as *const u8;
            for n in (0..=300).chain([1000, usize::MAX]) {
                for pos in [0usize, 1, 31, 32, 33, 63, 64, 65, 127, 128, 129, 200, 299] {
                    let mut h = buf.clone();
                    let off = s as usize - base;
                    h[off + pos] = 0;
                    let want = if pos < n { Some(pos) } else { None };
                    let p = h.as_ptr().wrapping_add(off);
                    // SAFETY: AVX2 checked; `p..p+min(n, 1000)` is inside `h`, and with a
                    // larger `n` the scan stops at the match.
                    let got = unsafe { super::find_byte(p, 0, n) };
                    let got = (!got.is_null()).then(|| got as usize - p as usize);
                    assert_eq!(got, want, "back={back} n={n} pos={pos}");
                }
            }
        }
    }

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

//! AVX2 scanning kernel behind strrchr; no C counterpart. Callers check `avx2::usable()` first.
#![cfg(target_arch = "x86_64")]

use crate::string::avx2::{self, V};
use core::arch::x86_64::__m256i;

/// The last set bit of `e` as an offset from `a`, or `last` when `e` is zero.
#[inline(always)]
fn last_in(a: *const u8, e: u32, last: *const u8) -> *const u8 {
    if e != 0 {
        a.wrapping_add(31 - e.leading_zeros() as usize)
    } else {
        last
    }
}

/// The last byte equal to `c != 0` in the string at `s`, or null.
///
/// # Safety
/// AVX2 is usable; `s` points to a NUL-terminated string; `c != 0`.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn find_last_byte(s: *const u8, c: u8) -> *const u8 {
    let v = avx2::splat(c);
    let off = s as usize & (V - 1);
    let mut a = s.wrapping_sub(off);
    // SAFETY: aligned loads from the block holding `s` up to the block (or 128-byte
    // aligned group) holding the terminator; each stays inside a page that holds part of
    // the string. The group reloaded at the end was read before.
    unsafe {
        let x = avx2::load(a);
        let keep = !0u32 << off;
        let z = avx2::zero_mask(x) & keep;
        let e = avx2::mask(avx2::eq(x, v)) & keep;
        if z != 0 {
            // Only matches before the terminator count (c != 0: not the NUL itself).
            return last_in(a, e & (z ^ (z - 1)), core::ptr::null());
        }
        let mut last = last_in(a, e, core::ptr::null());
        a = a.add(V);
        // Single blocks up to a 128-byte boundary.
        while a as usize & (4 * V - 1) != 0 {
            let x = avx2::load(a);
            let z = avx2::zero_mask(x);
            let e = avx2::mask(avx2::eq(x, v));
            if z != 0 {
                return last_in(a, e & (z ^ (z - 1)), last);
            }
            last = last_in(a, e, last);
            a = a.add(V);
        }
        // 128-byte groups; only the address of the last one holding a match is kept, its
        // matches are worked out once, at the end.
        let mut ga: *const u8 = core::ptr::null();
        let (x0, x1, x2, x3) = loop {
            let (x0, x1) = (avx2::load(a), avx2::load(a.add(V)));
            let (x2, x3) = (avx2::load(a.add(2 * V)), avx2::load(a.add(3 * V)));
            if avx2::zero_mask(avx2::min(avx2::min(x0, x1), avx2::min(x2, x3))) != 0 {
                break (x0, x1, x2, x3);
            }
            let e = avx2::or(
                avx2::or(avx2::eq(x0, v), avx2::eq(x1, v)),
                avx2::or(avx2::eq(x2, v), avx2::eq(x3, v)),
            );
            if avx2::mask(e) != 0 {
                ga = a;
            }
            a = a.add(4 * V);
        };
        let pair = |x: __m256i, y: __m256i| {
            avx2::mask(avx2::eq(x, v)) as u64 | (avx2::mask(avx2::eq(y, v)) as u64) << 32
        };
        let zlo = avx2::zero_mask(x0) as u64 | (avx2::zero_mask(x1) as u64) << 32;
        let (elo, ehi) = if zlo != 0 {
            (pair(x0, x1) & (zlo ^ (zlo - 1)), 0)
        } else {
            let zhi = avx2::zero_mask(x2) as u64 | (avx2::zero_mask(x3) as u64) << 32;
            (pair(x0, x1), pair(x2, x3) & (zhi ^ (zhi - 1)))
        };
        if ehi != 0 {
            return a.add(2 * V + 63 - ehi.leading_zeros() as usize);
        }
        if elo != 0 {
            return a.add(63 - elo.leading_zeros() as usize);
        }
        if ga.is_null() {
            return last;
        }
        let (x0, x1) = (avx2::load(ga), avx2::load(ga.add(V)));
        let (x2, x3) = (avx2::load(ga.add(2 * V)), avx2::load(ga.add(3 * V)));
        let ehi = pair(x2, x3);
        if ehi != 0 {
            return ga.add(2 * V + 63 - ehi.leading_zeros() as usize);
        }
        ga.add(63 - pair(x0, x1).leading_zeros() as usize)
    }
}

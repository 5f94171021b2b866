//! AVX2 scanning kernel behind strrchr; no C counterpart. Callers check `avx2::usable()` first.
#![cfg(target_arch = "x86_64")]

use crate::string::avx2::{self, V};

/// The last byte equal to `c != 0` in the string at `s`, or null.
///
/// # Safety
/// AVX2 is usable; `s` points to a NUL-terminated string; `c != 0`.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn find_last_byte(s: *const u8, c: u8) -> *const u8 {
    let v = avx2::splat(c);
    let off = s as usize & (V - 1);
    let mut a = s.wrapping_sub(off);
    let mut last: *const u8 = core::ptr::null();
    // SAFETY: aligned loads from the block holding `s` up to the block holding the
    // terminator; 64-byte groups are 64-byte aligned, so each stays in a page that
    // holds part of the string.
    unsafe {
        let x = avx2::load(a);
        let keep = !0u32 << off;
        let z = avx2::zero_mask(x) & keep;
        let mut e = avx2::mask(avx2::eq(x, v)) & keep;
        if z != 0 {
            e &= z ^ (z - 1);
            return if e != 0 {
                a.add(31 - e.leading_zeros() as usize)
            } else {
                last
            };
        }
        if e != 0 {
            last = a.add(31 - e.leading_zeros() as usize);
        }
        a = a.add(V);
        if a as usize & V != 0 {
            let x = avx2::load(a);
            let z = avx2::zero_mask(x);
            let mut e = avx2::mask(avx2::eq(x, v));
            if z != 0 {
                e &= z ^ (z - 1);
                return if e != 0 {
                    a.add(31 - e.leading_zeros() as usize)
                } else {
                    last
                };
            }
            if e != 0 {
                last = a.add(31 - e.leading_zeros() as usize);
            }
            a = a.add(V);
        }
        // The last 64-byte group holding a match, and its match vectors; the position is
        // worked out once, at the end.
        let (mut ga, mut g0, mut g1) = (core::ptr::null::<u8>(), v, v);
        loop {
            let (x0, x1) = (avx2::load(a), avx2::load(a.add(V)));
            let (e0, e1) = (avx2::eq(x0, v), avx2::eq(x1, v));
            if avx2::zero_mask(avx2::min(x0, x1)) != 0 {
                let z = avx2::zero_mask(x0) as u64 | (avx2::zero_mask(x1) as u64) << 32;
                let e = (avx2::mask(e0) as u64 | (avx2::mask(e1) as u64) << 32) & (z ^ (z - 1));
                if e != 0 {
                    return a.add(63 - e.leading_zeros() as usize);
                }
                break;
            }
            if avx2::mask(avx2::or(e0, e1)) != 0 {
                (ga, g0, g1) = (a, e0, e1);
            }
            a = a.add(2 * V);
        }
        if ga.is_null() {
            return last;
        }
        let e = avx2::mask(g0) as u64 | (avx2::mask(g1) as u64) << 32;
        ga.add(63 - e.leading_zeros() as usize)
    }
}

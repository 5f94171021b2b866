//! AVX2 scanning kernels behind memchr/strrchr; no C
//! counterpart. Callers check `avx2::usable()` first.
#![cfg(target_arch = "x86_64")]

use crate::string::avx2::{self, V, low_bits};

/// The first byte equal to `c` in `a..a+rem`, or null; `rem > 0`.
///
/// # Safety
/// AVX2 is usable; `a` is 64-byte aligned; `a..a+rem` readable, or readable up to the
/// first `c`.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn find_byte_from(mut a: *const u8, c: u8, mut rem: usize) -> *const u8 {
    let v = avx2::splat(c);
    // SAFETY: groups are only read while they start inside the range before any match,
    // and aligned groups (64 bytes, then 128 bytes once 128-aligned) never leave the page
    // of their first byte.
    unsafe {
        if a as usize & (2 * V) != 0 && rem > 2 * V {
            let m = avx2::mask(avx2::eq(avx2::load(a), v)) as u64
                | (avx2::mask(avx2::eq(avx2::load(a.add(V)), v)) as u64) << 32;
            if m != 0 {
                return a.add(m.trailing_zeros() as usize);
            }
            a = a.add(2 * V);
            rem -= 2 * V;
        }
        while rem > 4 * V {
            let e0 = avx2::eq(avx2::load(a), v);
            let e1 = avx2::eq(avx2::load(a.add(V)), v);
            let e2 = avx2::eq(avx2::load(a.add(2 * V)), v);
            let e3 = avx2::eq(avx2::load(a.add(3 * V)), v);
            if avx2::mask(avx2::or(avx2::or(e0, e1), avx2::or(e2, e3))) != 0 {
                let m01 = avx2::mask(e0) as u64 | (avx2::mask(e1) as u64) << 32;
                if m01 != 0 {
                    return a.add(m01.trailing_zeros() as usize);
                }
                let m23 = avx2::mask(e2) as u64 | (avx2::mask(e3) as u64) << 32;
                return a.add(2 * V + m23.trailing_zeros() as usize);
            }
            a = a.add(4 * V);
            rem -= 4 * V;
        }
        loop {
            let mut m = avx2::mask(avx2::eq(avx2::load(a), v));
            if rem <= V {
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
            a = a.add(V);
            rem -= V;
        }
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

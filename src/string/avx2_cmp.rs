//! AVX2 kernel behind strcmp: unaligned 32-byte blocks while both strings are at least
//! 32 bytes from a page end, 16-byte blocks or single bytes near one; no C counterpart.
//! Callers check `avx2::usable()` first.
#![cfg(target_arch = "x86_64")]

use crate::abi::types::c_int;
use crate::string::avx2::{self, V};
use crate::string::page_room;
use crate::string::simd;
use core::arch::x86_64::__m256i;

/// Zero exactly where the string at `a` ends or differs from `b`, over 32 bytes.
///
/// # Safety
/// AVX2 is usable; 32 bytes are readable at `a` and at `b`.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn stop32(a: *const u8, b: *const u8) -> __m256i {
    // SAFETY: the caller guarantees both loads.
    let (x, y) = unsafe { (avx2::loadu(a), avx2::loadu(b)) };
    avx2::min(x, avx2::eq(x, y))
}

/// The difference of the bytes at `a + j` and `b + j`.
///
/// # Safety
/// Both bytes are readable.
#[inline(always)]
unsafe fn diff(a: *const u8, b: *const u8, j: usize) -> c_int {
    // SAFETY: the caller's guarantee.
    unsafe { *a.add(j) as c_int - *b.add(j) as c_int }
}

/// `strcmp` of the strings at `a` and `b`.
///
/// # Safety
/// AVX2 is usable; `a` and `b` point to NUL-terminated strings.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn compare(mut a: *const u8, mut b: *const u8) -> c_int {
    let start = a;
    // SAFETY: a load of k bytes is made only when both pointers have at least k bytes left
    // in their pages, and neither string has ended before the loaded bytes, so every page
    // touched holds bytes of both strings; a load moved back before `a`, `b` only covers
    // bytes already compared. Bytes read by `diff` are at or before the first NUL or
    // difference.
    unsafe {
        // Quick first block: the or of the page offsets bounds both offsets.
        if (a as usize | b as usize) & 4095 <= 4096 - V {
            let m = avx2::zero_mask(stop32(a, b));
            if m != 0 {
                return diff(a, b, m.trailing_zeros() as usize);
            }
            // Step to the next 32-byte boundary of `a` (1..=32 bytes, all just compared).
            let k = V - (a as usize & (V - 1));
            a = a.add(k);
            b = b.add(k);
        }
        loop {
            let mut room = page_room(a).min(page_room(b));
            if room < V && a as usize - start as usize >= V {
                // The 32 bytes ending `room` bytes on stay in both pages; the `32 - room`
                // before `a` and `b` were already compared (equal, no NUL): mask them off.
                let back = V - room;
                let m = avx2::zero_mask(stop32(a.sub(back), b.sub(back))) >> back;
                if m != 0 {
                    return diff(a, b, m.trailing_zeros() as usize);
                }
                a = a.add(room);
                b = b.add(room);
                continue;
            }
            if room < V {
                if room >= simd::W {
                    let (x, y) = (simd::loadu(a), simd::loadu(b));
                    let m = simd::zero_mask(simd::min(x, simd::eq(x, y)));
                    if m != 0 {
                        return diff(a, b, m.trailing_zeros() as usize);
                    }
                    a = a.add(simd::W);
                    b = b.add(simd::W);
                    continue;
                }
                let (x, y) = (*a, *b);
                if x != y || x == 0 {
                    return x as c_int - y as c_int;
                }
                a = a.add(1);
                b = b.add(1);
                continue;
            }
            // Unless `a` is 32-byte aligned already: one block before the groups, then a
            // step of 1..=31 bytes that aligns `a` (rechecking up to 31 equal, NUL-free
            // bytes), so that only `b`'s loads may split cache lines.
            if a as usize & (V - 1) != 0 {
                let m = avx2::zero_mask(stop32(a, b));
                if m != 0 {
                    return diff(a, b, m.trailing_zeros() as usize);
                }
                let k = V - (a as usize & (V - 1));
                a = a.add(k);
                b = b.add(k);
                room -= k;
            }
            while room >= 4 * V {
                let t0 = stop32(a, b);
                let t1 = stop32(a.add(V), b.add(V));
                let t2 = stop32(a.add(2 * V), b.add(2 * V));
                let t3 = stop32(a.add(3 * V), b.add(3 * V));
                if avx2::zero_mask(avx2::min(avx2::min(t0, t1), avx2::min(t2, t3))) != 0 {
                    let m = avx2::zero_mask(t0) as u64 | (avx2::zero_mask(t1) as u64) << 32;
                    if m != 0 {
                        return diff(a, b, m.trailing_zeros() as usize);
                    }
                    let m = avx2::zero_mask(t2) as u64 | (avx2::zero_mask(t3) as u64) << 32;
                    return diff(a, b, 2 * V + m.trailing_zeros() as usize);
                }
                a = a.add(4 * V);
                b = b.add(4 * V);
                room -= 4 * V;
            }
            while room >= V {
                let m = avx2::zero_mask(stop32(a, b));
                if m != 0 {
                    return diff(a, b, m.trailing_zeros() as usize);
                }
                a = a.add(V);
                b = b.add(V);
                room -= V;
            }
        }
    }
}

// Tested through `strcmp`'s tests, which run at every tier (`avx2::each_tier`).

//! AVX2 kernels behind memcpy/memmove (forward) and memcmp; no C counterpart. Callers
//! check `avx2::usable()` first.
#![cfg(target_arch = "x86_64")]

use crate::abi::types::c_int;
use crate::string::avx2::{self, V};
use crate::string::memcpy::{AVX2_REP_MOVSB_MIN, rep_movsb_fits};
use crate::string::simd;

/// Copies `n > 2 * 32` bytes in ascending order; correct without overlap or when `d <= s`.
///
/// # Safety
/// AVX2 is usable; `s..s+n` readable, `d..d+n` writable; if they overlap, `d <= s`.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn copy_forward(d: *mut u8, s: *const u8, n: usize) {
    if n <= 8 * V {
        // SAFETY: forwarded caller contract.
        return unsafe { copy_upto_256(d, s, n) };
    }
    // SAFETY: n > 64, so head, tail and every block lie inside both ranges. Each block is
    // loaded before it is stored and later loads read higher addresses than any store so
    // far could reach (d <= s); head and tail are loaded first and stored last, with the
    // source bytes that belong there.
    unsafe {
        let head = avx2::loadu(s);
        let tail = avx2::loadu(s.add(n - V));
        // First offset at which `d + i` is 32-byte aligned, in 1..=32.
        let mut i = V - (d as usize & (V - 1));
        while i + 4 * V < n {
            let x0 = avx2::loadu(s.add(i));
            let x1 = avx2::loadu(s.add(i + V));
            let x2 = avx2::loadu(s.add(i + 2 * V));
            let x3 = avx2::loadu(s.add(i + 3 * V));
            avx2::store(d.add(i), x0);
            avx2::store(d.add(i + V), x1);
            avx2::store(d.add(i + 2 * V), x2);
            avx2::store(d.add(i + 3 * V), x3);
            i += 4 * V;
        }
        while i + V < n {
            avx2::store(d.add(i), avx2::loadu(s.add(i)));
            i += V;
        }
        avx2::storeu(d, head);
        avx2::storeu(d.add(n - V), tail);
    }
}

/// `memcpy` for `n > 2 * 32`: returns `d`.
///
/// # Safety
/// AVX2 is usable; `s..s+n` readable, `d..d+n` writable; if they overlap, `d <= s`.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn memcpy(d: *mut u8, s: *const u8, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract; `rep movsb` only when the ranges are disjoint
    // or `d` lies above `s` (when memcpy's contract already excludes overlap).
    unsafe {
        if !rep_movsb_fits(d, s, n, AVX2_REP_MOVSB_MIN) {
            copy_forward(d, s, n);
        } else {
            simd::rep_movsb(d, s, n);
        }
    }
    avx2::opaque(d)
}

/// `memmove` for `n > 2 * 32`: returns `d`.
///
/// # Safety
/// AVX2 is usable; `s..s+n` readable, `d..d+n` writable; the ranges may overlap.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn memmove(d: *mut u8, s: *const u8, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract; forward when `d <= s` or the ranges are disjoint,
    // else backward.
    unsafe {
        if (d as usize) <= (s as usize) || (d as usize).wrapping_sub(s as usize) >= n {
            memcpy(d, s, n)
        } else {
            copy_backward(d, s, n);
            avx2::opaque(d)
        }
    }
}

/// Copies `64 < n <= 256` bytes with every load before the first store, so the ranges
/// may overlap in any way (and stores never wait on a load that aliases them mod 4 KiB).
///
/// # Safety
/// AVX2 is usable; `s..s+n` readable, `d..d+n` writable.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn copy_upto_256(d: *mut u8, s: *const u8, n: usize) {
    // SAFETY: 64 < n, so the four head and four tail blocks lie inside both ranges.
    unsafe {
        let (h0, h1) = (avx2::loadu(s), avx2::loadu(s.add(V)));
        let (t0, t1) = (avx2::loadu(s.add(n - 2 * V)), avx2::loadu(s.add(n - V)));
        if n <= 4 * V {
            avx2::storeu(d, h0);
            avx2::storeu(d.add(V), h1);
            avx2::storeu(d.add(n - 2 * V), t0);
            avx2::storeu(d.add(n - V), t1);
            return;
        }
        let (h2, h3) = (avx2::loadu(s.add(2 * V)), avx2::loadu(s.add(3 * V)));
        let (t2, t3) = (avx2::loadu(s.add(n - 4 * V)), avx2::loadu(s.add(n - 3 * V)));
        avx2::storeu(d, h0);
        avx2::storeu(d.add(V), h1);
        avx2::storeu(d.add(2 * V), h2);
        avx2::storeu(d.add(3 * V), h3);
        avx2::storeu(d.add(n - 4 * V), t2);
        avx2::storeu(d.add(n - 3 * V), t3);
        avx2::storeu(d.add(n - 2 * V), t0);
        avx2::storeu(d.add(n - V), t1);
    }
}

/// Copies `n > 2 * 32` bytes in descending order; correct without overlap or when `d >= s`.
///
/// # Safety
/// AVX2 is usable; `s..s+n` readable, `d..d+n` writable; if they overlap, `d >= s`.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn copy_backward(d: *mut u8, s: *const u8, n: usize) {
    if n <= 8 * V {
        // SAFETY: forwarded caller contract; any overlap is fine there.
        return unsafe { copy_upto_256(d, s, n) };
    }
    // SAFETY: mirror image of `copy_forward`: blocks go from the top down, each loaded
    // before stored, and later loads read lower addresses than any store so far reached.
    unsafe {
        let head = avx2::loadu(s);
        let tail = avx2::loadu(s.add(n - V));
        // Offset of the last 32-byte aligned address at or below `d + n`.
        let mut top = n - ((d as usize).wrapping_add(n) & (V - 1));
        while top > 4 * V {
            let x0 = avx2::loadu(s.add(top - V));
            let x1 = avx2::loadu(s.add(top - 2 * V));
            let x2 = avx2::loadu(s.add(top - 3 * V));
            let x3 = avx2::loadu(s.add(top - 4 * V));
            avx2::store(d.add(top - V), x0);
            avx2::store(d.add(top - 2 * V), x1);
            avx2::store(d.add(top - 3 * V), x2);
            avx2::store(d.add(top - 4 * V), x3);
            top -= 4 * V;
        }
        while top > V {
            avx2::store(d.add(top - V), avx2::loadu(s.add(top - V)));
            top -= V;
        }
        avx2::storeu(d.add(n - V), tail);
        avx2::storeu(d, head);
    }
}

/// The sign-carrying difference of the first differing bytes at `a + i`, `b + i` given the
/// equality mask `m` of the 32 bytes there (`m != !0`).
///
/// # Safety
/// `a + i + 32` and `b + i + 32` readable.
#[inline(always)]
unsafe fn diff_at(a: *const u8, b: *const u8, i: usize, m: u32) -> c_int {
    let k = i + (!m).trailing_zeros() as usize;
    // SAFETY: k < i + 32, inside what the caller guarantees.
    unsafe { *a.add(k) as c_int - *b.add(k) as c_int }
}

/// The byte difference at the first mismatch among the 32-byte blocks at offsets `offs`,
/// checked in order (ascending offsets, so the first block with a mismatch holds the
/// first mismatching byte), or 0.
///
/// # Safety
/// AVX2 is usable; `a + i..a + i + 32` and `b + i..b + i + 32` readable for each `i`.
#[inline]
#[target_feature(enable = "avx2")]
unsafe fn first_diff(a: *const u8, b: *const u8, offs: &[usize]) -> c_int {
    for &i in offs {
        // SAFETY: the caller's guarantee.
        unsafe {
            let m = avx2::mask(avx2::eq(avx2::loadu(a.add(i)), avx2::loadu(b.add(i))));
            if m != !0 {
                return diff_at(a, b, i, m);
            }
        }
    }
    0
}

/// Compares `n >= 32` bytes as `memcmp`.
///
/// Up to 256 bytes: head and tail blocks (overlapping) tested together with one branch;
/// longer: `compare_long`.
///
/// # Safety
/// AVX2 is usable; `a` and `b` readable for `n` bytes.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn compare(a: *const u8, b: *const u8, n: usize) -> c_int {
    let eq = |i: usize| {
        // SAFETY: callers below pass i + 32 <= n.
        unsafe { avx2::eq(avx2::loadu(a.add(i)), avx2::loadu(b.add(i))) }
    };
    // SAFETY: every block read has i + 32 <= n (n >= 32 throughout, n > 64 from the
    // second case on, n > 128 from the third).
    unsafe {
        if n <= 2 * V {
            if avx2::mask(avx2::and(eq(0), eq(n - V))) == !0 {
                return 0;
            }
            return first_diff(a, b, &[0, n - V]);
        }
        if n <= 4 * V {
            let x = avx2::and(eq(0), eq(V));
            let y = avx2::and(eq(n - 2 * V), eq(n - V));
            if avx2::mask(avx2::and(x, y)) == !0 {
                return 0;
            }
            return first_diff(a, b, &[0, V, n - 2 * V, n - V]);
        }
        if n <= 8 * V {
            let x = avx2::and(avx2::and(eq(0), eq(V)), avx2::and(eq(2 * V), eq(3 * V)));
            let y = avx2::and(
                avx2::and(eq(n - 4 * V), eq(n - 3 * V)),
                avx2::and(eq(n - 2 * V), eq(n - V)),
            );
            if avx2::mask(avx2::and(x, y)) == !0 {
                return 0;
            }
            let (t0, t1, t2, t3) = (n - 4 * V, n - 3 * V, n - 2 * V, n - V);
            return first_diff(a, b, &[0, V, 2 * V, 3 * V, t0, t1, t2, t3]);
        }
        compare_long(a, b, n)
    }
}

/// `compare` for `n > 256`: 128-byte groups (aligned on `b` after the first), then the
/// blocks that the last bytes need.
///
/// # Safety
/// AVX2 is usable; `a` and `b` readable for `n > 256` bytes.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn compare_long(a: *const u8, b: *const u8, n: usize) -> c_int {
    let eq = |i: usize| {
        // SAFETY: callers below pass i + 32 <= n.
        unsafe { avx2::eq(avx2::loadu(a.add(i)), avx2::loadu(b.add(i))) }
    };
    // SAFETY: every block read has i + 32 <= n (n > 256).
    unsafe {
        let group = |i: usize| {
            let x = avx2::and(eq(i), eq(i + V));
            let y = avx2::and(eq(i + 2 * V), eq(i + 3 * V));
            avx2::mask(avx2::and(x, y)) != !0
        };
        if group(0) {
            return first_diff(a, b, &[0, V, 2 * V, 3 * V]);
        }
        // Then groups at which `b + i` is 32-byte aligned (only `a`'s loads may split a
        // cache line), from an offset in 97..=128. (Aligned on `b` rather than `a`: 1 MiB
        // at offsets 3 and 1 took 21.8 us against 22.6, glibc 21.4, medians of 9.)
        let mut i = 4 * V - (b as usize & (V - 1));
        while i + 4 * V < n {
            if group(i) {
                return first_diff(a, b, &[i, i + V, i + 2 * V, i + 3 * V]);
            }
            i += 4 * V;
        }
        // 1..=128 bytes left: as many blocks as they need, ending at `n`.
        let left = n - i;
        if left > 2 * V {
            let i = n - 4 * V;
            if group(i) {
                return first_diff(a, b, &[i, i + V, i + 2 * V, i + 3 * V]);
            }
        } else if left > V {
            if avx2::mask(avx2::and(eq(n - 2 * V), eq(n - V))) != !0 {
                return first_diff(a, b, &[n - 2 * V, n - V]);
            }
        } else if avx2::mask(eq(n - V)) != !0 {
            return first_diff(a, b, &[n - V]);
        }
        0
    }
}

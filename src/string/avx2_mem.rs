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

/// Compares `n >= 32` bytes as `memcmp`.
///
/// # Safety
/// AVX2 is usable; `a` and `b` readable for `n` bytes.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn compare(a: *const u8, b: *const u8, n: usize) -> c_int {
    let blk = |i: usize| {
        // SAFETY: callers below pass i + 32 <= n.
        unsafe { avx2::mask(avx2::eq(avx2::loadu(a.add(i)), avx2::loadu(b.add(i)))) }
    };
    let mut i = 0;
    // SAFETY: every block read has i + 32 <= n.
    unsafe {
        while i + 4 * V <= n {
            let e0 = avx2::eq(avx2::loadu(a.add(i)), avx2::loadu(b.add(i)));
            let e1 = avx2::eq(avx2::loadu(a.add(i + V)), avx2::loadu(b.add(i + V)));
            let e2 = avx2::eq(avx2::loadu(a.add(i + 2 * V)), avx2::loadu(b.add(i + 2 * V)));
            let e3 = avx2::eq(avx2::loadu(a.add(i + 3 * V)), avx2::loadu(b.add(i + 3 * V)));
            if avx2::mask(avx2::and(avx2::and(e0, e1), avx2::and(e2, e3))) != !0 {
                for (j, e) in [e0, e1, e2, e3].into_iter().enumerate() {
                    let m = avx2::mask(e);
                    if m != !0 {
                        return diff_at(a, b, i + j * V, m);
                    }
                }
            }
            i += 4 * V;
        }
        while i + V <= n {
            let m = blk(i);
            if m != !0 {
                return diff_at(a, b, i, m);
            }
            i += V;
        }
        if i < n {
            let m = blk(n - V);
            if m != !0 {
                return diff_at(a, b, n - V, m);
            }
        }
    }
    0
}

//! AVX-512 (64-byte block) kernels behind memcpy/memmove/mempcpy/bcopy (forward and
//! backward copies) and memset/bzero (fill); no C counterpart. Callers check that
//! `avx2::tier()` is `avx2::WIDE` first.
#![cfg(target_arch = "x86_64")]

use crate::string::avx2::{self, V};
use crate::string::avx512::{self, Z};
use crate::string::memcpy::{AVX2_REP_MOVSB_MIN, rep_movsb_fits};
use crate::string::simd;

/// Whether the 64-byte copy kernels beat the AVX2 ones for `n > 32` bytes. Measured on
/// AMD Zen 4: from 129 to 256 bytes, and in the loops past 512, the 32-byte kernels are
/// as fast or faster (copies are store-bound there; misaligned 64-byte stores also forward
/// worse to the next call's loads when memmove's ranges overlap).
#[inline(always)]
pub(crate) fn copy_fits(n: usize) -> bool {
    n <= 2 * Z || (n > 4 * Z && n <= 8 * Z)
}

/// Copies `32 < n <= 512` bytes with every load before the first store, so the ranges may
/// overlap in any way.
///
/// # Safety
/// AVX-512 is usable; `s..s+n` readable, `d..d+n` writable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn copy_upto_512(d: *mut u8, s: *const u8, n: usize) {
    // SAFETY: each branch only touches blocks that start at or after offset 0 and end at
    // or before `n`, given its lower bound on `n`.
    unsafe {
        if n <= Z {
            let (x, y) = (avx2::loadu(s), avx2::loadu(s.add(n - V)));
            avx2::storeu(d, x);
            avx2::storeu(d.add(n - V), y);
            return;
        }
        let (h0, t0) = (avx512::loadu(s), avx512::loadu(s.add(n - Z)));
        if n <= 2 * Z {
            avx512::storeu(d, h0);
            avx512::storeu(d.add(n - Z), t0);
            return;
        }
        let (h1, t1) = (avx512::loadu(s.add(Z)), avx512::loadu(s.add(n - 2 * Z)));
        if n <= 4 * Z {
            avx512::storeu(d, h0);
            avx512::storeu(d.add(Z), h1);
            avx512::storeu(d.add(n - 2 * Z), t1);
            avx512::storeu(d.add(n - Z), t0);
            return;
        }
        let (h2, h3) = (avx512::loadu(s.add(2 * Z)), avx512::loadu(s.add(3 * Z)));
        let (t2, t3) = (
            avx512::loadu(s.add(n - 3 * Z)),
            avx512::loadu(s.add(n - 4 * Z)),
        );
        avx512::storeu(d, h0);
        avx512::storeu(d.add(Z), h1);
        avx512::storeu(d.add(2 * Z), h2);
        avx512::storeu(d.add(3 * Z), h3);
        avx512::storeu(d.add(n - 4 * Z), t3);
        avx512::storeu(d.add(n - 3 * Z), t2);
        avx512::storeu(d.add(n - 2 * Z), t1);
        avx512::storeu(d.add(n - Z), t0);
    }
}

/// Copies `n > 32` bytes in ascending order; correct without overlap or when `d <= s`.
///
/// # Safety
/// AVX-512 is usable; `s..s+n` readable, `d..d+n` writable; if they overlap, `d <= s`.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn copy_forward(d: *mut u8, s: *const u8, n: usize) {
    if n <= 8 * Z {
        // SAFETY: forwarded caller contract.
        return unsafe { copy_upto_512(d, s, n) };
    }
    // SAFETY: n > 512, so the head block and the four tail blocks lie inside both ranges;
    // loop blocks start after offset 0 and end before `n` (they start below `n - 256`).
    // Head and tail are loaded before any store; each loop block is loaded before it is
    // stored, and later loads read higher source addresses than any store so far reached
    // (d <= s).
    unsafe {
        let head = avx512::loadu(s);
        let t0 = avx512::loadu(s.add(n - Z));
        let t1 = avx512::loadu(s.add(n - 2 * Z));
        let t2 = avx512::loadu(s.add(n - 3 * Z));
        let t3 = avx512::loadu(s.add(n - 4 * Z));
        // First offset at which `d + i` is 64-byte aligned, in 1..=64.
        let mut i = Z - (d as usize & (Z - 1));
        let end = n - 4 * Z;
        while i < end {
            let x0 = avx512::loadu(s.add(i));
            let x1 = avx512::loadu(s.add(i + Z));
            let x2 = avx512::loadu(s.add(i + 2 * Z));
            let x3 = avx512::loadu(s.add(i + 3 * Z));
            avx512::store(d.add(i), x0);
            avx512::store(d.add(i + Z), x1);
            avx512::store(d.add(i + 2 * Z), x2);
            avx512::store(d.add(i + 3 * Z), x3);
            i += 4 * Z;
        }
        avx512::storeu(d.add(n - 4 * Z), t3);
        avx512::storeu(d.add(n - 3 * Z), t2);
        avx512::storeu(d.add(n - 2 * Z), t1);
        avx512::storeu(d.add(n - Z), t0);
        avx512::storeu(d, head);
    }
}

/// Copies `n > 32` bytes in descending order; correct without overlap or when `d >= s`.
///
/// # Safety
/// AVX-512 is usable; `s..s+n` readable, `d..d+n` writable; if they overlap, `d >= s`.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn copy_backward(d: *mut u8, s: *const u8, n: usize) {
    if n <= 8 * Z {
        // SAFETY: forwarded caller contract; any overlap is fine there.
        return unsafe { copy_upto_512(d, s, n) };
    }
    // SAFETY: mirror image of `copy_forward`: the four head blocks and the tail block are
    // loaded first; loop blocks go from the top down, each loaded before it is stored,
    // and later loads read lower source addresses than any store so far reached (d >= s).
    // Loop blocks end at or before `n` and start after offset 0 (`top > 256`).
    unsafe {
        let tail = avx512::loadu(s.add(n - Z));
        let h0 = avx512::loadu(s);
        let h1 = avx512::loadu(s.add(Z));
        let h2 = avx512::loadu(s.add(2 * Z));
        let h3 = avx512::loadu(s.add(3 * Z));
        // Offset of the last 64-byte aligned address at or below `d + n`, in n-63..=n.
        let mut top = n - ((d as usize).wrapping_add(n) & (Z - 1));
        while top > 4 * Z {
            let x0 = avx512::loadu(s.add(top - Z));
            let x1 = avx512::loadu(s.add(top - 2 * Z));
            let x2 = avx512::loadu(s.add(top - 3 * Z));
            let x3 = avx512::loadu(s.add(top - 4 * Z));
            avx512::store(d.add(top - Z), x0);
            avx512::store(d.add(top - 2 * Z), x1);
            avx512::store(d.add(top - 3 * Z), x2);
            avx512::store(d.add(top - 4 * Z), x3);
            top -= 4 * Z;
        }
        avx512::storeu(d.add(n - Z), tail);
        avx512::storeu(d.add(3 * Z), h3);
        avx512::storeu(d.add(2 * Z), h2);
        avx512::storeu(d.add(Z), h1);
        avx512::storeu(d, h0);
    }
}

/// Copies `n > 32` bytes forward, with `rep movsb` where it is fast.
///
/// # Safety
/// AVX-512 is usable; `s..s+n` readable, `d..d+n` writable; if they overlap, `d <= s`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn copy_forward_erms(d: *mut u8, s: *const u8, n: usize) {
    // SAFETY: forwarded caller contract; `rep movsb` only when the ranges are disjoint or
    // `d` lies below `s` by at least `n`.
    unsafe {
        if n <= 8 * Z {
            copy_upto_512(d, s, n);
        } else if !rep_movsb_fits(d, s, n, AVX2_REP_MOVSB_MIN) {
            copy_forward(d, s, n);
        } else {
            simd::rep_movsb(d, s, n);
        }
    }
}

/// `memcpy` for `n > 32`: returns `d`.
///
/// # Safety
/// AVX-512 is usable; `s..s+n` readable, `d..d+n` writable; if they overlap, `d <= s`.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn memcpy(d: *mut u8, s: *const u8, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract.
    unsafe { copy_forward_erms(d, s, n) };
    avx2::opaque(d)
}

/// `memmove` for `n > 32`: returns `d`.
///
/// # Safety
/// AVX-512 is usable; `s..s+n` readable, `d..d+n` writable; the ranges may overlap.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn memmove(d: *mut u8, s: *const u8, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract; up to 512 bytes any overlap is fine; above,
    // forward when `d < s` or the ranges are disjoint, else backward.
    unsafe {
        if n <= 8 * Z {
            copy_upto_512(d, s, n);
        } else if (d as usize).wrapping_sub(s as usize) >= n {
            copy_forward_erms(d, s, n);
        } else {
            copy_backward(d, s, n);
        }
    }
    avx2::opaque(d)
}

/// Sets `n > 32` bytes at `d` to `c`.
///
/// # Safety
/// AVX-512 is usable; `d..d+n` writable.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn fill(d: *mut u8, c: u8, n: usize) {
    // SAFETY: each branch only stores blocks that start at or after offset 0 and end at or
    // before `n`, given its lower bound on `n`; aligned loop stores start after offset 0
    // and below `n - 256`, so they end before `n`.
    unsafe {
        if n <= Z {
            let v = avx2::splat(c);
            avx2::storeu(d, v);
            avx2::storeu(d.add(n - V), v);
            return;
        }
        let v = avx512::splat(c);
        if n <= 2 * Z {
            avx512::storeu(d, v);
            avx512::storeu(d.add(n - Z), v);
            return;
        }
        if n <= 4 * Z {
            // In ascending order (measured: stores that split cache lines go faster when
            // they fill the lines in order).
            avx512::storeu(d, v);
            avx512::storeu(d.add(Z), v);
            avx512::storeu(d.add(n - 2 * Z), v);
            avx512::storeu(d.add(n - Z), v);
            return;
        }
        avx512::storeu(d, v);
        avx512::storeu(d.add(Z), v);
        avx512::storeu(d.add(2 * Z), v);
        avx512::storeu(d.add(3 * Z), v);
        if n > 8 * Z {
            // First 64-byte aligned offset at or after 4 * 64 - 63; the tail covers the
            // rest.
            let mut i = 4 * Z - (d as usize & (Z - 1));
            let end = n - 4 * Z;
            while i < end {
                avx512::store(d.add(i), v);
                avx512::store(d.add(i + Z), v);
                avx512::store(d.add(i + 2 * Z), v);
                avx512::store(d.add(i + 3 * Z), v);
                i += 4 * Z;
            }
        }
        avx512::storeu(d.add(n - 4 * Z), v);
        avx512::storeu(d.add(n - 3 * Z), v);
        avx512::storeu(d.add(n - 2 * Z), v);
        avx512::storeu(d.add(n - Z), v);
    }
}

/// `memset` for `n > 32`: returns `d`.
///
/// # Safety
/// AVX-512 is usable; `d..d+n` writable.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn memset(d: *mut u8, c: u8, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract.
    unsafe { fill(d, c, n) };
    avx2::opaque(d)
}

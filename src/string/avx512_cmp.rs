//! AVX-512 kernels behind memcmp/bcmp, and the 64-byte block primitives that strcmp
//! (`avx512_strcmp.rs`) and the shifted loops (`avx512_shift.rs`) share: blocks compared
//! into opmasks, masked loads for short pieces (`avx512_shift.rs` serves pointers not
//! 64-byte aligned alike, the AVX2 loop memcmp above 256 bytes of pointers aligned
//! alike). No C counterpart. Callers check `avx2::tier() == avx2::WIDE`.
#![cfg(target_arch = "x86_64")]

use crate::abi::types::c_int;
use crate::string::avx512::{self, Z, gpr, low_bits};
use crate::string::{avx2_mem, avx512_shift};
use core::arch::x86_64::{
    __m512i, _mm256_cmpneq_epi8_mask, _mm256_maskz_loadu_epi8, _mm512_cmpneq_epi8_mask,
    _mm512_mask_cmpeq_epi8_mask, _mm512_maskz_loadu_epi8, _mm512_ternarylogic_epi64,
    _mm512_test_epi8_mask, _mm512_test_epi64_mask, _mm512_xor_si512,
};

/// The bytes of `p..p+64` whose bit is set in `k`, zero in the others.
///
/// # Safety
/// AVX-512 is usable; the selected bytes are readable (the others are never touched:
/// masked-off bytes do not fault).
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(super) unsafe fn load_masked(k: u64, p: *const u8) -> __m512i {
    // SAFETY: the caller's guarantee; masked-off bytes are not accessed.
    unsafe { _mm512_maskz_loadu_epi8(k, p.cast()) }
}

/// Bit `i` set where the string bytes `x` end (NUL) or differ from `y`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(super) fn stops(x: __m512i, y: __m512i) -> u64 {
    !_mm512_mask_cmpeq_epi8_mask(_mm512_test_epi8_mask(x, x), x, y)
}

/// `d | (x ^ y)`: nonzero once any pair of blocks folded in differs.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(super) fn or_diff(d: __m512i, x: __m512i, y: __m512i) -> __m512i {
    // 0xf6 = A | (B ^ C) for the truth-table inputs A = 0xf0, B = 0xcc, C = 0xaa.
    _mm512_ternarylogic_epi64::<0xf6>(d, x, y)
}

/// Whether any bit of `d` is set.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
fn any(d: __m512i) -> bool {
    _mm512_test_epi64_mask(d, d) != 0
}

/// The difference of the bytes at `a + j` and `b + j`.
///
/// # Safety
/// Both bytes are readable.
#[inline(always)]
pub(super) unsafe fn diff(a: *const u8, b: *const u8, j: usize) -> c_int {
    // SAFETY: the caller's guarantee.
    unsafe { *a.add(j) as c_int - *b.add(j) as c_int }
}

/// `strcmp`'s result if the 64 bytes at `a` and `b` hold a stop; else `a` and `b` moved
/// on to the next 64-byte boundary of `a` (1..=64 bytes, all just compared).
///
/// # Safety
/// AVX-512 is usable; 64 bytes readable at `a` and at `b`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(super) unsafe fn block_to_boundary(a: &mut *const u8, b: &mut *const u8) -> Option<c_int> {
    // SAFETY: the caller's guarantee; `diff` reads the first stop.
    unsafe {
        let m = stops(avx512::loadu(*a), avx512::loadu(*b));
        if m != 0 {
            return Some(diff(*a, *b, m.trailing_zeros() as usize));
        }
        let k = Z - (*a as usize & (Z - 1));
        *a = a.add(k);
        *b = b.add(k);
    }
    None
}

/// `group` on loaded blocks.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(super) fn group_stop(x: [__m512i; 4], y: [__m512i; 4]) -> usize {
    // A zero byte in `low` is a NUL of `a`; a set bit in `d` a difference.
    let low = avx512::min(avx512::min(x[0], x[1]), avx512::min(x[2], x[3]));
    let d = or_diff(_mm512_xor_si512(x[0], y[0]), x[1], y[1]);
    let d = or_diff(or_diff(d, x[2], y[2]), x[3], y[3]);
    if gpr(avx512::zeros(low)) | gpr(_mm512_test_epi8_mask(d, d)) == 0 {
        return 4 * Z;
    }
    for i in 0..3 {
        let m = stops(x[i], y[i]);
        if m != 0 {
            return i * Z + m.trailing_zeros() as usize;
        }
    }
    3 * Z + stops(x[3], y[3]).trailing_zeros() as usize
}

/// The byte difference at the first mismatch among the 64-byte blocks at offsets `offs`,
/// checked in order (ascending offsets, so the first block with a mismatch holds the
/// first mismatching byte), or 0.
///
/// # Safety
/// AVX-512 is usable; `a + i..a + i + 64` and `b + i..b + i + 64` readable for each `i`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(super) unsafe fn first_diff(a: *const u8, b: *const u8, offs: &[usize]) -> c_int {
    for &i in offs {
        // SAFETY: the caller's guarantee.
        unsafe {
            let m = _mm512_cmpneq_epi8_mask(avx512::loadu(a.add(i)), avx512::loadu(b.add(i)));
            if m != 0 {
                return diff(a, b, i + m.trailing_zeros() as usize);
            }
        }
    }
    0
}

/// Compares `n` bytes as `memcmp` (returning the difference of the first differing
/// bytes): the AVX-512 tier's kernel for callers in Rust, and for inputs of up to 32
/// bytes near a page end that the exported `memcmp` (`arch/x86_64/string_entry.rs`,
/// which does the rest itself) passes on. Above 64 bytes, tested first: `memcmp_long`
/// up to 256; above,
/// `avx512_shift::memcmp_shifted` for pointers misaligned to each other, else the AVX2
/// loop (as fast as 64-byte blocks here). Up to 64: one masked block (32 bytes wide up
/// to 32).
///
/// # Safety
/// AVX-512 (with VBMI and BMI2, as the tier has them) is usable; `a` and `b` readable
/// for `n` bytes.
#[target_feature(enable = "avx512f,avx512bw,avx512vl")]
pub(crate) unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> c_int {
    if n > Z {
        if n <= 4 * Z {
            // SAFETY: forwarded caller contract; 64 < n <= 256.
            return unsafe { memcmp_long(a, b, n) };
        }
        if (a as usize ^ b as usize) & (Z - 1) != 0 {
            // SAFETY: forwarded caller contract; VBMI comes with the AVX-512 tier.
            return unsafe { avx512_shift::memcmp_shifted(a, b, n) };
        }
        // SAFETY: forwarded caller contract; AVX2 comes with AVX-512; n > 256.
        return unsafe { avx2_mem::compare_long(a, b, n) };
    }
    // Masked loads: 32 bytes wide up to 32 (at most one cache line each unless `a` or
    // `b` sits in the last 32 bytes of one; a 64-byte load splits lines more often).
    // SAFETY: the mask selects bytes `0..n`, readable in both; masked-off bytes are not
    // accessed, load as zero in both and compare equal.
    let m = unsafe {
        if n > Z / 2 {
            let k = low_bits(n);
            _mm512_cmpneq_epi8_mask(load_masked(k, a), load_masked(k, b))
        } else {
            let k = ((1u64 << n) - 1) as u32;
            let x = _mm256_maskz_loadu_epi8(k, a.cast());
            let y = _mm256_maskz_loadu_epi8(k, b.cast());
            _mm256_cmpneq_epi8_mask(x, y) as u64
        }
    };
    if m == 0 {
        return 0;
    }
    // SAFETY: at the first difference, below `n`.
    unsafe { diff(a, b, m.trailing_zeros() as usize) }
}

/// `a[i..i + 64] ^ b[i..i + 64]`.
///
/// # Safety
/// AVX-512 is usable; 64 bytes readable at `a + i` and `b + i`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(super) unsafe fn xor_at(a: *const u8, b: *const u8, i: usize) -> __m512i {
    // SAFETY: the caller's guarantee.
    unsafe { _mm512_xor_si512(avx512::loadu(a.add(i)), avx512::loadu(b.add(i))) }
}

/// `d | (a[i..i + 64] ^ b[i..i + 64])`.
///
/// # Safety
/// As `xor_at`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(super) unsafe fn fold_at(d: __m512i, a: *const u8, b: *const u8, i: usize) -> __m512i {
    // SAFETY: the caller's guarantee.
    unsafe { or_diff(d, avx512::loadu(a.add(i)), avx512::loadu(b.add(i))) }
}

/// `memcmp` for `64 < n <= 256`: head and tail blocks (overlapping) tested together
/// with one branch (also for pointers misaligned to each other: half as many loads as
/// 32-byte blocks, though each splits a cache line; 256 bytes at offsets 3 and 1 took
/// 4.4 ns against 4.7 that way).
///
/// # Safety
/// AVX-512 is usable; `a` and `b` readable for `n` bytes, `64 < n <= 256`.
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn memcmp_long(a: *const u8, b: *const u8, n: usize) -> c_int {
    let x = |i: usize| {
        // SAFETY: callers below pass i + 64 <= n.
        unsafe { xor_at(a, b, i) }
    };
    let fold = |d: __m512i, i: usize| {
        // SAFETY: callers below pass i + 64 <= n.
        unsafe { fold_at(d, a, b, i) }
    };
    // SAFETY: every block read has i + 64 <= n (64 < n <= 256, n > 128 in the second case).
    unsafe {
        if n <= 2 * Z {
            if !any(fold(x(0), n - Z)) {
                return 0;
            }
            return first_diff(a, b, &[0, n - Z]);
        }
        if !any(fold(fold(fold(x(0), Z), n - 2 * Z), n - Z)) {
            return 0;
        }
        first_diff(a, b, &[0, Z, n - 2 * Z, n - Z])
    }
}

//! Internal 64-byte block primitives (AVX-512F/BW) for the kernels that run when
//! `avx2::tier()` is `avx2::WIDE`; no C counterpart. Comparisons yield a bit per byte in
//! an opmask (`u64`), so no `movemask` step is needed.
// NOTE: like avx2.rs, this names x86_64 intrinsics outside src/arch.rs.
#![cfg(target_arch = "x86_64")]

use core::arch::x86_64::{
    __m512i, _mm512_cmpeq_epi8_mask, _mm512_load_si512, _mm512_loadu_si512, _mm512_min_epu8,
    _mm512_set1_epi8, _mm512_store_si512, _mm512_storeu_si512, _mm512_testn_epi8_mask,
    _mm512_xor_si512,
};

/// Bytes in one block.
pub(crate) const Z: usize = 64;

/// Loads 64 bytes from a 64-byte aligned address (never crosses a page).
///
/// # Safety
/// AVX-512 is usable (`avx2::tier() == WIDE`); `p` is 64-byte aligned and lies in a
/// mapped page.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn load(p: *const u8) -> __m512i {
    // SAFETY: alignment and mapping are the caller's guarantee.
    unsafe { _mm512_load_si512(p.cast()) }
}

/// Loads 64 bytes from any address.
///
/// # Safety
/// AVX-512 is usable; `p..p+64` is readable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn loadu(p: *const u8) -> __m512i {
    // SAFETY: readability is the caller's guarantee.
    unsafe { _mm512_loadu_si512(p.cast()) }
}

/// Stores 64 bytes to any address.
///
/// # Safety
/// AVX-512 is usable; `p..p+64` is writable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn storeu(p: *mut u8, x: __m512i) {
    // SAFETY: writability is the caller's guarantee.
    unsafe { _mm512_storeu_si512(p.cast(), x) }
}

/// Stores 64 bytes to a 64-byte aligned address.
///
/// # Safety
/// AVX-512 is usable; `p` is 64-byte aligned and `p..p+64` is writable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn store(p: *mut u8, x: __m512i) {
    // SAFETY: alignment and writability are the caller's guarantee.
    unsafe { _mm512_store_si512(p.cast(), x) }
}

/// Every byte equal to `c`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) fn splat(c: u8) -> __m512i {
    _mm512_set1_epi8(c as i8)
}

/// Bit `i` set where byte `i` of `a` and `b` are equal.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) fn eq(a: __m512i, b: __m512i) -> u64 {
    _mm512_cmpeq_epi8_mask(a, b)
}

/// Bit `i` set where byte `i` of `a` is zero.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) fn zeros(a: __m512i) -> u64 {
    _mm512_testn_epi8_mask(a, a)
}

/// Bytewise unsigned minimum.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) fn min(a: __m512i, b: __m512i) -> __m512i {
    _mm512_min_epu8(a, b)
}

/// Zero exactly where `a` is zero or equal to the byte in `c`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) fn nul_or(a: __m512i, c: __m512i) -> __m512i {
    min(a, _mm512_xor_si512(a, c))
}

/// Bits `0..k` set, `k <= 64`.
#[inline(always)]
pub(crate) fn low_bits(k: usize) -> u64 {
    if k >= 64 { !0 } else { (1u64 << k) - 1 }
}

/// `m`, moved to a general register. Opmask results that are combined before a branch
/// go through this, so the combining is `or` on general registers: left alone, LLVM
/// combines them with `korq`/`kortestq`, and on Zen 4 a 256-byte strchr loop step took
/// 2.0 ns that way against 1.8 with `kmovq` and `or` (measured in C over 8 KiB).
#[inline(always)]
pub(crate) fn gpr(mut m: u64) -> u64 {
    // SAFETY: an empty template: the value passes through a general register unchanged.
    unsafe {
        core::arch::asm!("/* {0} */", inout(reg) m, options(pure, nomem, nostack, preserves_flags))
    };
    m
}

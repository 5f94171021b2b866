//! Internal 16-byte block primitives (SSE2) and `rep movsb`/`rep stosb` used by the
//! string functions; no C counterpart (musl keeps its x86_64 kernels in src/string/x86_64/).
// NOTE: design.md reserves `target_arch` for src/arch.rs. These kernels stay in
// src/string until they move under arch/x86_64/ (agreed for now in the string brief);
// SSE2 is part of the x86_64 baseline, so no runtime detection is needed.
#![cfg(target_arch = "x86_64")]

use core::arch::asm;
use core::arch::x86_64::{
    __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_load_si128, _mm_loadu_si128, _mm_min_epu8,
    _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8, _mm_setzero_si128, _mm_store_si128,
    _mm_storeu_si128, _mm_xor_si128,
};

/// Bytes in one block.
pub(crate) const W: usize = 16;

/// Sixteen bytes in an SSE register.
#[derive(Clone, Copy)]
pub(crate) struct Block(__m128i);

/// Loads 16 bytes from a 16-byte aligned address (never crosses a page).
///
/// # Safety
/// `p` is 16-byte aligned and lies in a mapped page.
#[inline(always)]
pub(crate) unsafe fn load(p: *const u8) -> Block {
    // SAFETY: the caller guarantees alignment and that the page is mapped; an aligned
    // 16-byte load stays inside that page.
    Block(unsafe { _mm_load_si128(p.cast()) })
}

/// Loads 16 bytes from any address.
///
/// # Safety
/// `p..p+16` is readable.
#[inline(always)]
pub(crate) unsafe fn loadu(p: *const u8) -> Block {
    // SAFETY: the caller guarantees the 16 bytes are readable.
    Block(unsafe { _mm_loadu_si128(p.cast()) })
}

/// Stores 16 bytes to any address.
///
/// # Safety
/// `p..p+16` is writable.
#[inline(always)]
pub(crate) unsafe fn storeu(p: *mut u8, b: Block) {
    // SAFETY: the caller guarantees the 16 bytes are writable.
    unsafe { _mm_storeu_si128(p.cast(), b.0) }
}

/// Stores 16 bytes to a 16-byte aligned address.
///
/// # Safety
/// `p` is 16-byte aligned and `p..p+16` is writable.
#[inline(always)]
pub(crate) unsafe fn store(p: *mut u8, b: Block) {
    // SAFETY: the caller guarantees alignment and writability.
    unsafe { _mm_store_si128(p.cast(), b.0) }
}

/// A block with every byte equal to `c`.
#[inline(always)]
pub(crate) fn splat(c: u8) -> Block {
    // SAFETY: SSE2 is baseline on x86_64; the intrinsic only computes a register value.
    Block(unsafe { _mm_set1_epi8(c as i8) })
}

/// The all-zero block.
#[inline(always)]
pub(crate) fn zero() -> Block {
    // SAFETY: SSE2 is baseline on x86_64; register-only operation.
    Block(unsafe { _mm_setzero_si128() })
}

/// 0xff where `a` and `b` hold the same byte, 0 elsewhere.
#[inline(always)]
pub(crate) fn eq(a: Block, b: Block) -> Block {
    // SAFETY: SSE2 is baseline on x86_64; register-only operation.
    Block(unsafe { _mm_cmpeq_epi8(a.0, b.0) })
}

/// Bytewise unsigned minimum.
#[inline(always)]
pub(crate) fn min(a: Block, b: Block) -> Block {
    // SAFETY: SSE2 is baseline on x86_64; register-only operation.
    Block(unsafe { _mm_min_epu8(a.0, b.0) })
}

/// Bitwise or.
#[inline(always)]
pub(crate) fn or(a: Block, b: Block) -> Block {
    // SAFETY: SSE2 is baseline on x86_64; register-only operation.
    Block(unsafe { _mm_or_si128(a.0, b.0) })
}

/// Bitwise and.
#[inline(always)]
pub(crate) fn and(a: Block, b: Block) -> Block {
    // SAFETY: SSE2 is baseline on x86_64; register-only operation.
    Block(unsafe { _mm_and_si128(a.0, b.0) })
}

/// Bitwise exclusive or.
#[inline(always)]
pub(crate) fn xor(a: Block, b: Block) -> Block {
    // SAFETY: SSE2 is baseline on x86_64; register-only operation.
    Block(unsafe { _mm_xor_si128(a.0, b.0) })
}

/// Bit `i` is the top bit of byte `i` (a 16-bit mask).
#[inline(always)]
pub(crate) fn mask(a: Block) -> u32 {
    // SAFETY: SSE2 is baseline on x86_64; register-only operation.
    (unsafe { _mm_movemask_epi8(a.0) }) as u32
}

/// Bit `i` set where byte `i` of `a` is zero.
#[inline(always)]
pub(crate) fn zero_mask(a: Block) -> u32 {
    mask(eq(a, zero()))
}

/// A block whose bytes are zero exactly where `a` is zero or equal to the byte in `c`.
#[inline(always)]
pub(crate) fn nul_or(a: Block, c: Block) -> Block {
    min(a, xor(a, c))
}

/// Copies `n` bytes forward with `rep movsb`.
///
/// # Safety
/// `s..s+n` readable, `d..d+n` writable; if they overlap, `d < s`.
#[inline(always)]
pub(crate) unsafe fn rep_movsb(d: *mut u8, s: *const u8, n: usize) {
    // SAFETY: the caller guarantees both ranges; the direction flag is clear per the
    // SysV ABI, so the copy runs forward byte by byte in effect.
    unsafe {
        asm!("rep movsb", inout("rcx") n => _, inout("rdi") d => _, inout("rsi") s => _,
             options(nostack, preserves_flags));
    }
}

/// Fills `n` bytes with `c` using `rep stosb`.
///
/// # Safety
/// `d..d+n` writable.
#[inline(always)]
pub(crate) unsafe fn rep_stosb(d: *mut u8, c: u8, n: usize) {
    // SAFETY: the caller guarantees the range; the direction flag is clear per the ABI.
    unsafe {
        asm!("rep stosb", inout("rcx") n => _, inout("rdi") d => _, in("al") c,
             options(nostack, preserves_flags));
    }
}

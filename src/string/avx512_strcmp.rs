//! AVX-512 strcmp: the first 32 bytes, then strings that lie alike in 64-byte blocks
//! (`a - b` a multiple of 64) in 32-byte EVEX blocks, 128-byte groups aligned on `a`;
//! strings near a page end in 64-byte blocks (`strcmp_careful`); strings misaligned to
//! each other go to `avx512_shift`. No C counterpart. Callers check
//! `avx2::tier() == avx2::WIDE`.
#![cfg(target_arch = "x86_64")]

use crate::abi::types::c_int;
use crate::string::avx2::{self, V};
use crate::string::avx512::{self, Z, gpr, low_bits};
use crate::string::avx512_cmp::{block_to_boundary, diff, load_masked, or_diff, stops};
use crate::string::avx512_shift;
use crate::string::{PAGE, page_room};
use core::arch::x86_64::{
    __m256i, _mm256_mask_cmpeq_epi8_mask, _mm256_mask_testn_epi8_mask, _mm256_ternarylogic_epi64,
    _mm256_test_epi8_mask, _mm256_xor_si256, _mm512_test_epi8_mask, _mm512_xor_si512,
};

/// Bytes in a group of `strcmp_loop`: four 32-byte blocks.
const G: usize = 4 * V;

/// Bit `i` set where the string bytes `x` end (NUL) or differ from `y`: `stops` on
/// 32-byte blocks.
///
/// # Safety
/// AVX-512 (F, BW, VL) is enabled in the caller (inlined, so that the intrinsics are).
#[inline(always)]
unsafe fn stops32(x: __m256i, y: __m256i) -> u32 {
    // SAFETY: the caller's guarantee.
    unsafe { !_mm256_mask_cmpeq_epi8_mask(_mm256_test_epi8_mask(x, x), x, y) }
}

/// `stops32` of the 32 bytes at `a + i` and `b + i`.
///
/// # Safety
/// As `stops32`; 32 bytes readable at `a + i` and `b + i`.
#[inline(always)]
unsafe fn block(a: *const u8, b: *const u8, i: usize) -> u32 {
    // SAFETY: the caller's guarantee.
    unsafe { stops32(avx2::loadu(a.add(i)), avx2::loadu(b.add(i))) }
}

/// Where the 128 bytes at `a` and `b` first end or differ (index below 128), or 128.
///
/// 32-byte blocks: on Zen 4 the aligned loop took 36.5 ns per 4 KiB against 38.2 with
/// 64-byte blocks in 256-byte groups (glibc 36.5; slopes from 2 to 12 KiB, medians of
/// 10 runs in one process).
///
/// # Safety
/// As `stops32`; 128 bytes readable at `a` and at `b`.
#[inline(always)]
unsafe fn group(a: *const u8, b: *const u8) -> usize {
    // SAFETY: the caller's guarantee.
    unsafe {
        let x: [__m256i; 4] = core::array::from_fn(|i| avx2::loadu(a.add(i * V)));
        let y = |i: usize| avx2::loadu(b.add(i * V));
        let low = avx2::min(avx2::min(x[0], x[1]), avx2::min(x[2], x[3]));
        // 0xf6 = A | (B ^ C), as in `or_diff`.
        let mut d = _mm256_xor_si256(x[0], y(0));
        for (i, &xi) in x.iter().enumerate().skip(1) {
            d = _mm256_ternarylogic_epi64::<0xf6>(d, xi, y(i));
        }
        // Bit `i` set where no block has a NUL or a difference at byte `i`.
        // (Through a general register: left alone, LLVM tests the two masks with
        // `kortestd`, and the loop ran 8% slower per byte.)
        let clear = _mm256_mask_testn_epi8_mask(_mm256_test_epi8_mask(low, low), d, d);
        if gpr(clear as u64) == u32::MAX as u64 {
            return G;
        }
        // `b`'s blocks again, through a pointer the compiler cannot see is `b`: else it
        // keeps the first loads for here, and cannot fold them into the loop's
        // `vpternlogq`s (which made the loop 7% slower per byte).
        let b = avx2::opaque(b.cast_mut()).cast_const();
        let y = |i: usize| avx2::loadu(b.add(i * V));
        let m = stops32(x[0], y(0)) as u64 | (stops32(x[1], y(1)) as u64) << 32;
        if m != 0 {
            return m.trailing_zeros() as usize;
        }
        let m = stops32(x[2], y(2)) as u64 | (stops32(x[3], y(3)) as u64) << 32;
        2 * V + m.trailing_zeros() as usize
    }
}

/// `strcmp` of the strings at `a` and `b` on the AVX-512 tier.
///
/// Most strings are short: the first 32 bytes are compared here, compiled for AVX2 only,
/// so that the compiler keeps to vector masks (quicker on this path than opmasks); then
/// `strcmp_alike` compares strings that lie alike in 64-byte blocks (`a - b` a multiple
/// of 64), `avx512_shift::strcmp` the others (unaligned 64-byte loads from `b` would all
/// split cache lines).
///
/// # Safety
/// AVX-512 is usable; `a` and `b` point to NUL-terminated strings.
#[target_feature(enable = "avx2")]
pub(crate) unsafe extern "C" fn strcmp(a: *const u8, b: *const u8) -> c_int {
    // The or of the page offsets bounds both offsets.
    let quick = (a as usize | b as usize) & (PAGE - 1) <= PAGE - avx2::V;
    if quick {
        // SAFETY: both pointers have 32 bytes left in their pages.
        let m = unsafe {
            let x = avx2::loadu(a);
            avx2::zero_mask(avx2::min(x, avx2::eq(x, avx2::loadu(b))))
        };
        if m != 0 {
            // SAFETY: at or before the first NUL or difference.
            return unsafe { diff(a, b, m.trailing_zeros() as usize) };
        }
    }
    if (a as usize ^ b as usize) & (Z - 1) != 0 {
        // SAFETY: forwarded caller contract; VBMI comes with the AVX-512 tier.
        return unsafe { avx512_shift::strcmp(a, b, quick) };
    }
    // SAFETY: forwarded caller contract.
    unsafe { strcmp_alike(a, b) }
}

/// `strcmp` once the first 32 bytes compared equal and not NUL (the exported `strcmp`'s
/// short path in `arch/x86_64/string_strcmp.rs` did that, and goes on here when a string
/// starts within 128 bytes of its page end): `strcmp` without its first block.
///
/// # Safety
/// As `strcmp`; the first 32 bytes of both strings compared (equal, no NUL).
#[target_feature(enable = "avx512f,avx512bw,avx512vl")]
pub(crate) unsafe extern "C" fn strcmp_past32(a: *const u8, b: *const u8) -> c_int {
    if (a as usize ^ b as usize) & (Z - 1) != 0 {
        // SAFETY: forwarded caller contract; VBMI comes with the AVX-512 tier.
        return unsafe { avx512_shift::strcmp(a, b, true) };
    }
    // SAFETY: forwarded caller contract.
    unsafe { strcmp_alike(a, b) }
}

/// `strcmp` of strings aligned alike in 64-byte blocks (`a - b` a multiple of 64): four
/// single 64-byte blocks (rechecking the 32 bytes `strcmp` compared; quicker up to 256
/// bytes than 32-byte blocks, 4.3 ns against 6.5 at 256), then `strcmp_loop`.
///
/// # Safety
/// As `strcmp`; `a - b` a multiple of 64.
#[target_feature(enable = "avx512f,avx512bw,avx512vl")]
unsafe fn strcmp_alike(mut a: *const u8, mut b: *const u8) -> c_int {
    if (a as usize | b as usize) & (PAGE - 1) > PAGE - 4 * Z {
        // SAFETY: forwarded caller contract.
        return unsafe { strcmp_careful(a, b) };
    }
    // SAFETY: both pointers have 256 bytes left in their pages, and each block is read
    // only after every byte before it compared equal and not NUL. Bytes read by `diff`
    // are at or before the first NUL or difference.
    unsafe {
        for i in [0, Z, 2 * Z, 3 * Z] {
            let m = stops(avx512::loadu(a.add(i)), avx512::loadu(b.add(i)));
            if m != 0 {
                return diff(a, b, i + m.trailing_zeros() as usize);
            }
        }
        // Step to the last 128-byte boundary of `a` within the 256 bytes compared: for
        // strings aligned alike no load splits a cache line, and no group crosses one
        // of `a`'s pages.
        let k = 2 * G - (a as usize & (G - 1));
        a = a.add(k);
        b = b.add(k);
        strcmp_loop(a, b)
    }
}

/// The rest of `strcmp` once 256 bytes are compared: groups of `G` = 128 bytes at `a`
/// (`G`-byte aligned on entry, and so for good: no group crosses one of `a`'s pages) and
/// `b` (64-byte aligned).
///
/// # Safety
/// AVX-512 (F, BW, VL) is enabled in the caller; `a` and `b` point into NUL-terminated
/// strings, equally far after their starts, with every byte before them compared
/// (equal, no NUL); `a` is 128-byte aligned and `a - b` a multiple of 64.
#[inline(always)]
unsafe fn strcmp_loop(mut a: *const u8, mut b: *const u8) -> c_int {
    // SAFETY: a group is loaded only where every byte before it was compared (equal, no
    // NUL), so its first bytes belong to both strings, and where neither `a`'s nor `b`'s
    // part of it crosses into a page whose previous bytes were not compared: `a`'s
    // groups are aligned, so they never cross `a`'s pages; a group crossing `b`'s page
    // end is loaded only after single blocks compared `b`'s bytes up to that end. Bytes
    // read by `diff` are at or before the first NUL or difference.
    unsafe {
        if (a as usize ^ b as usize) & (G - 1) == 0 {
            // `b`'s groups are aligned too: no group crosses a page of either string.
            loop {
                let j = group(a, b);
                if j < G {
                    return diff(a, b, j);
                }
                a = a.add(G);
                b = b.add(G);
            }
        }
        loop {
            let mut room = page_room(b);
            while room >= G {
                let j = group(a, b);
                if j < G {
                    return diff(a, b, j);
                }
                a = a.add(G);
                b = b.add(G);
                room -= G;
            }
            // `room` is 64: the two blocks before `b`'s page end, one by one.
            for i in [0, V] {
                let m = block(a, b, i);
                if m != 0 {
                    return diff(a, b, i + m.trailing_zeros() as usize);
                }
            }
            // Then the group that crosses it (rechecking those blocks).
            let j = group(a, b);
            if j < G {
                return diff(a, b, j);
            }
            a = a.add(G);
            b = b.add(G);
        }
    }
}

/// `strcmp` of strings that may start less than 256 bytes from a page end: steps
/// through each page crossing with single blocks.
///
/// # Safety
/// AVX-512 is usable; `a` and `b` point to NUL-terminated strings.
#[inline(never)]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn strcmp_careful(mut a: *const u8, mut b: *const u8) -> c_int {
    let start = a;
    // SAFETY: an unmasked load of k bytes is made only when both pointers have at least
    // k bytes left in their pages and neither string has ended before the loaded bytes,
    // so every page touched holds bytes of both strings; a load moved back before `a`,
    // `b` only covers bytes already compared; a masked load reads only the bytes left in
    // both pages. Bytes read by `diff` are at or before the first NUL or difference.
    unsafe {
        // Quick first block: the or of the page offsets bounds both offsets.
        if (a as usize | b as usize) & (PAGE - 1) <= PAGE - Z
            && let Some(r) = block_to_boundary(&mut a, &mut b)
        {
            return r;
        }
        loop {
            let mut room = page_room(a).min(page_room(b));
            if room < Z {
                let m = if a as usize - start as usize >= Z {
                    // The 64 bytes ending `room` bytes on stay in both pages; the
                    // `64 - room` before `a` and `b` were already compared (equal, no
                    // NUL): shift them out.
                    let back = Z - room;
                    stops(avx512::loadu(a.sub(back)), avx512::loadu(b.sub(back))) >> back
                } else {
                    // Masked-off bytes load as zero and would look like NULs: mask them.
                    let k = low_bits(room);
                    stops(load_masked(k, a), load_masked(k, b)) & k
                };
                if m != 0 {
                    return diff(a, b, m.trailing_zeros() as usize);
                }
                a = a.add(room);
                b = b.add(room);
                continue;
            }
            // Unless `a` is 64-byte aligned already: one block, then a step of 1..=63
            // bytes that aligns `a` (rechecking equal, NUL-free bytes), so that only
            // `b`'s loads may split cache lines.
            if a as usize & (Z - 1) != 0 {
                let m = stops(avx512::loadu(a), avx512::loadu(b));
                if m != 0 {
                    return diff(a, b, m.trailing_zeros() as usize);
                }
                let k = Z - (a as usize & (Z - 1));
                a = a.add(k);
                b = b.add(k);
                room -= k;
            }
            while room >= 4 * Z {
                let (x0, y0) = (avx512::load(a), avx512::loadu(b));
                let (x1, y1) = (avx512::load(a.add(Z)), avx512::loadu(b.add(Z)));
                let (x2, y2) = (avx512::load(a.add(2 * Z)), avx512::loadu(b.add(2 * Z)));
                let (x3, y3) = (avx512::load(a.add(3 * Z)), avx512::loadu(b.add(3 * Z)));
                // A zero byte in `low` is a NUL of `a`; a set bit in `d` a difference.
                let low = avx512::min(avx512::min(x0, x1), avx512::min(x2, x3));
                let d = or_diff(_mm512_xor_si512(x0, y0), x1, y1);
                let d = or_diff(or_diff(d, x2, y2), x3, y3);
                if gpr(avx512::zeros(low)) | gpr(_mm512_test_epi8_mask(d, d)) != 0 {
                    let m = stops(x0, y0);
                    if m != 0 {
                        return diff(a, b, m.trailing_zeros() as usize);
                    }
                    let m = stops(x1, y1);
                    if m != 0 {
                        return diff(a, b, Z + m.trailing_zeros() as usize);
                    }
                    let m = stops(x2, y2);
                    if m != 0 {
                        return diff(a, b, 2 * Z + m.trailing_zeros() as usize);
                    }
                    let m = stops(x3, y3);
                    return diff(a, b, 3 * Z + m.trailing_zeros() as usize);
                }
                a = a.add(4 * Z);
                b = b.add(4 * Z);
                room -= 4 * Z;
            }
            while room >= Z {
                let m = stops(avx512::load(a), avx512::loadu(b));
                if m != 0 {
                    return diff(a, b, m.trailing_zeros() as usize);
                }
                a = a.add(Z);
                b = b.add(Z);
                room -= Z;
            }
        }
    }
}

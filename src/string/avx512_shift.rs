//! AVX-512 VBMI kernels behind memcmp and strcmp for pointers misaligned to each other:
//! both sides read in aligned 64-byte blocks, the second side's neighbouring blocks
//! shifted into line with the first by one byte permute, so that no load splits a cache
//! line. No C counterpart. Callers check `avx2::tier() == avx2::WIDE` (which includes
//! VBMI).
#![cfg(target_arch = "x86_64")]

use crate::abi::types::c_int;
use crate::string::avx2::{self, V};
use crate::string::avx2_cmp;
use crate::string::avx512::{self, Z, gpr, low_bits};
use crate::string::avx512_cmp::{
    self, diff, first_diff, fold_at, load_masked, or_diff, stops, xor_at,
};
use crate::string::{PAGE, page_room};
use core::arch::x86_64::{
    __m512i, _mm512_add_epi8, _mm512_permutex2var_epi8, _mm512_set1_epi8, _mm512_setzero_si512,
    _mm512_test_epi64_mask, _mm512_xor_si512,
};

/// `memcmp` for `n > 256` and pointers misaligned to each other: `a` read in aligned
/// blocks, `b` in aligned blocks too, each pair of neighbours shifted into line with `a`
/// by one byte permute, so that no load splits a cache line.
///
/// # Safety
/// AVX-512 with VBMI is usable; `a` and `b` readable for `n > 256` bytes; `(a ^ b) & 63`
/// is not zero.
#[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
pub(crate) unsafe extern "C" fn memcmp_shifted(a: *const u8, b: *const u8, n: usize) -> c_int {
    let hit = |d: __m512i| gpr(_mm512_test_epi64_mask(d, d) as u64) != 0;
    // SAFETY: every block read lies in `a..a+n` or `b..b+n`, or is the aligned block of
    // `b` holding such a byte (the one holding `b + i + 63` for a block at `i`).
    unsafe {
        if hit(xor_at(a, b, 0)) {
            return first_diff(a, b, &[0]);
        }
        let mut i = Z - (a as usize & (Z - 1));
        let r = (b as usize + i) & (Z - 1);
        let mut bb = b.wrapping_add(i).wrapping_sub(r);
        let idx = shift_index(r);
        let mut y0 = avx512::load(bb);
        while i + 4 * Z <= n {
            let (y, y4) = shifted4(y0, bb, idx);
            let d = _mm512_xor_si512(avx512::load(a.add(i)), y[0]);
            let d = or_diff(d, avx512::load(a.add(i + Z)), y[1]);
            let d = or_diff(d, avx512::load(a.add(i + 2 * Z)), y[2]);
            let d = or_diff(d, avx512::load(a.add(i + 3 * Z)), y[3]);
            if hit(d) {
                return first_diff(a, b, &[i, i + Z, i + 2 * Z, i + 3 * Z]);
            }
            y0 = y4;
            bb = bb.add(4 * Z);
            i += 4 * Z;
        }
        // The last 1..=255 bytes: unaligned blocks ending at `n`, one test for all.
        let left = n - i;
        if left == 0 {
            return 0;
        }
        let x = |i: usize| xor_at(a, b, i);
        let fold = |d: __m512i, i: usize| fold_at(d, a, b, i);
        let (d, offs): (__m512i, &[usize]) = match left {
            1..=64 => (x(n - Z), &[n - Z]),
            65..=128 => (fold(x(n - 2 * Z), n - Z), &[n - 2 * Z, n - Z]),
            129..=192 => (
                fold(fold(x(n - 3 * Z), n - 2 * Z), n - Z),
                &[n - 3 * Z, n - 2 * Z, n - Z],
            ),
            _ => (
                fold(fold(fold(x(n - 4 * Z), n - 3 * Z), n - 2 * Z), n - Z),
                &[n - 4 * Z, n - 3 * Z, n - 2 * Z, n - Z],
            ),
        };
        if !hit(d) {
            return 0;
        }
        first_diff(a, b, offs)
    }
}

/// The index for `_mm512_permutex2var_epi8` that takes the 64 bytes starting `r` bytes
/// into a pair of blocks: byte j is byte r + j of the pair (bit 6 picks the second).
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
fn shift_index(r: usize) -> __m512i {
    // SAFETY: `IOTA` holds 64 bytes.
    let iota = unsafe { avx512::loadu(IOTA.as_ptr()) };
    _mm512_add_epi8(_mm512_set1_epi8(r as i8), iota)
}

/// The four 64-byte blocks that start `r` bytes (as in `idx`) past the aligned blocks at
/// `bb`, from `y0` (the block at `bb`) and the four aligned blocks after it, which are
/// loaded here; and the last of those (the next group's `y0`).
///
/// # Safety
/// AVX-512 with VBMI is usable; the four aligned blocks after `bb` are readable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
unsafe fn shifted4(y0: __m512i, bb: *const u8, idx: __m512i) -> ([__m512i; 4], __m512i) {
    // SAFETY: the caller's guarantee.
    let (y1, y2, y3, y4) = unsafe {
        (
            avx512::load(bb.add(Z)),
            avx512::load(bb.add(2 * Z)),
            avx512::load(bb.add(3 * Z)),
            avx512::load(bb.add(4 * Z)),
        )
    };
    let y = [
        _mm512_permutex2var_epi8(y0, idx, y1),
        _mm512_permutex2var_epi8(y1, idx, y2),
        _mm512_permutex2var_epi8(y2, idx, y3),
        _mm512_permutex2var_epi8(y3, idx, y4),
    ];
    (y, y4)
}

/// 0, 1, ..., 63: the identity byte permutation (also for the strcmp entry's loop,
/// `arch/x86_64/string_strcmp.rs`).
pub(crate) static IOTA: [u8; 64] = {
    let mut t = [0u8; 64];
    let mut i = 0;
    while i < 64 {
        t[i] = i as u8;
        i += 1;
    }
    t
};

/// `strcmp` for strings misaligned to each other, after their first 32 bytes compared
/// equal and not NUL (`quick`) or not compared: the rest of the first 256 bytes in
/// 32-byte blocks (64-byte ones would all split cache lines: 255 bytes at offsets 3 and
/// 1 took 7.2 ns that way, 5.2 this way, glibc 6.3), then `strcmp_shifted` from a 64-byte
/// boundary of `a`.
///
/// # Safety
/// AVX-512 with VBMI is usable; `a` and `b` point to NUL-terminated strings.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn strcmp(a: *const u8, b: *const u8, quick: bool) -> c_int {
    if quick && (a as usize | b as usize) & (PAGE - 1) <= PAGE - 4 * Z {
        // SAFETY: both pointers have 256 bytes left in their pages.
        unsafe {
            for (g, n) in [(V, 4), (5 * V, 3)] {
                let t = [0, 1, 2, 3].map(|i| {
                    if i < n {
                        avx2_cmp::stop32(a.add(g + i * V), b.add(g + i * V))
                    } else {
                        avx2::splat(1)
                    }
                });
                let low = avx2::min(avx2::min(t[0], t[1]), avx2::min(t[2], t[3]));
                if avx2::zero_mask(low) != 0 {
                    let m = avx2::zero_mask(t[0]) as u64 | (avx2::zero_mask(t[1]) as u64) << 32;
                    let j = if m != 0 {
                        m.trailing_zeros() as usize
                    } else {
                        let m = avx2::zero_mask(t[2]) as u64 | (avx2::zero_mask(t[3]) as u64) << 32;
                        2 * V + m.trailing_zeros() as usize
                    };
                    return diff(a, b, g + j);
                }
            }
            let k = 4 * Z - (a as usize & (Z - 1));
            return strcmp_shifted(a.add(k), b.add(k));
        }
    }
    // SAFETY: forwarded caller contract.
    unsafe { strcmp_shifted(a, b) }
}

/// `strcmp` for strings misaligned to each other (`(a ^ b) & 63` not zero): unaligned
/// blocks until `a` is 64-byte aligned, then aligned blocks of `a` (groups of four while
/// they stay in `a`'s page) against `b`'s blocks shifted into line.
///
/// # Safety
/// AVX-512 with VBMI is usable; `a` and `b` point to NUL-terminated strings.
#[target_feature(enable = "avx512f,avx512bw,avx512vbmi")]
unsafe fn strcmp_shifted(mut a: *const u8, mut b: *const u8) -> c_int {
    // SAFETY: all bytes before `a` and `b` compared equal and not NUL, so `a` and `b` are
    // string bytes and their pages mapped. Unaligned blocks are loaded only with 64 bytes
    // left in both pages; masked loads read only the bytes left in both; `a`'s aligned
    // group lies in `a`'s page; `b`'s aligned block after the one holding `b` is loaded
    // only once the string is known to reach it (it starts a page only after the bytes
    // of `b` before it compared equal to `a`'s, and not NUL). `diff` reads the first stop.
    unsafe {
        while a as usize & (Z - 1) != 0 {
            let room = page_room(a).min(page_room(b));
            if room < Z {
                // The bytes up to the nearer page end, by masked loads (masked-off bytes
                // load as zero and would look like NULs: mask them).
                let k = low_bits(room);
                let m = stops(load_masked(k, a), load_masked(k, b)) & k;
                if m != 0 {
                    return diff(a, b, m.trailing_zeros() as usize);
                }
                a = a.add(room);
                b = b.add(room);
                continue;
            }
            if let Some(r) = avx512_cmp::block_to_boundary(&mut a, &mut b) {
                return r;
            }
        }
        let r = b as usize & (Z - 1);
        let mut bb = b.wrapping_sub(r);
        let idx = shift_index(r);
        let mut y0 = avx512::load(bb);
        loop {
            while page_room(a) >= 4 * Z && page_room(bb) >= 5 * Z {
                let (y, y4) = shifted4(y0, bb, idx);
                let x = [
                    avx512::load(a),
                    avx512::load(a.add(Z)),
                    avx512::load(a.add(2 * Z)),
                    avx512::load(a.add(3 * Z)),
                ];
                let j = avx512_cmp::group_stop(x, y);
                if j < 4 * Z {
                    return diff(a, b, j);
                }
                a = a.add(4 * Z);
                b = b.add(4 * Z);
                bb = bb.add(4 * Z);
                y0 = y4;
            }
            // One block. When `b`'s next block starts a page, first the bytes of `b`
            // before it (the first `64 - r` of the block; the rest load as zero).
            let x = avx512::load(a);
            if page_room(bb) == Z {
                let k = low_bits(Z - r);
                let shifted = _mm512_permutex2var_epi8(y0, idx, _mm512_setzero_si512());
                let m = stops(x, shifted) & k;
                if m != 0 {
                    return diff(a, b, m.trailing_zeros() as usize);
                }
            }
            let y1 = avx512::load(bb.add(Z));
            let m = stops(x, _mm512_permutex2var_epi8(y0, idx, y1));
            if m != 0 {
                return diff(a, b, m.trailing_zeros() as usize);
            }
            a = a.add(Z);
            b = b.add(Z);
            bb = bb.add(Z);
            y0 = y1;
        }
    }
}

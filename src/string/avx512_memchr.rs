//! The AVX-512 scan behind memchr: as the whole-string scans in `avx512_scan.rs` (an
//! aligned head block with a shifted mask, then aligned blocks, pairs and groups of
//! four), bounded by `n`; no C counterpart. Callers check `avx2::tier() == avx2::WIDE`.
//!
//! Every load is aligned, so it never leaves the page of its first byte; a load is made
//! only when that byte is one memchr may read (before the match and `s + n`). A pair or
//! group is aligned to its size, or checked to end in the page of its first block.
#![cfg(target_arch = "x86_64")]

use crate::abi::types::c_int;
use crate::string::PAGE;
use crate::string::avx512::{self, Z, gpr, low_bits};
use core::arch::x86_64::{__m512i, _mm512_xor_si512};

/// The first byte equal to `c` in `s..s+n`, or null.
///
/// # Safety
/// AVX-512 is usable; `s..s+n` readable, or readable up to the first `c`.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe extern "C" fn find_byte(s: *const u8, c: c_int, n: usize) -> *const u8 {
    // C's `int`, of which the low byte counts (the exported `memchr` jumps here).
    let c = c as u8;
    if n == 0 {
        return core::ptr::null();
    }
    let v = avx512::splat(c);
    let off = s as usize & (Z - 1);
    let mut a = s.wrapping_sub(off);
    // SAFETY: see the module comment; each block starts inside `s..s+n` before any match
    // (or is the block holding `s`), and bytes past `s + n` are masked off.
    unsafe {
        let m = avx512::eq(avx512::load(a), v) >> off;
        let avail = Z - off;
        if n <= avail {
            // No mask for `n`: with no match `trailing_zeros` is 64, past any `n`.
            let j = m.trailing_zeros() as usize;
            return if j < n { s.add(j) } else { core::ptr::null() };
        }
        if m != 0 {
            return s.add(m.trailing_zeros() as usize);
        }
        let mut rem = n - avail;
        a = a.add(Z);
        if rem > 2 * Z && rem <= 4 * Z && a as usize & (PAGE - 1) <= PAGE - 4 * Z {
            // 129..=256 bytes left, all in the page of `a`: four blocks (those past
            // `s + n` too: they are in that page), one branch when none matches.
            let (x0, x1) = (avx512::load(a), avx512::load(a.add(Z)));
            let (x2, x3) = (avx512::load(a.add(2 * Z)), avx512::load(a.add(3 * Z)));
            let (m0, m1) = (gpr(avx512::eq(x0, v)), gpr(avx512::eq(x1, v)));
            let (m2, m3) = (gpr(avx512::eq(x2, v)), gpr(avx512::eq(x3, v)));
            if m0 | m1 | m2 | m3 == 0 {
                return core::ptr::null();
            }
            let j = if m0 | m1 != 0 {
                if m0 != 0 {
                    m0.trailing_zeros()
                } else {
                    64 + m1.trailing_zeros()
                }
            } else if m2 != 0 {
                128 + m2.trailing_zeros()
            } else {
                192 + m3.trailing_zeros()
            } as usize;
            return if j < rem { a.add(j) } else { core::ptr::null() };
        }
        if rem > Z && a as usize & Z != 0 {
            let m = avx512::eq(avx512::load(a), v);
            if m != 0 {
                return a.add(m.trailing_zeros() as usize);
            }
            a = a.add(Z);
            rem -= Z;
        }
        // Pairs up to a 256-byte boundary, then groups of four (a group stays in the page
        // of its first byte, so it is read only where the caller allows), then pairs.
        while rem > 2 * Z && a as usize & (4 * Z - 1) != 0 {
            if let Some(p) = pair(a, v) {
                return p;
            }
            a = a.add(2 * Z);
            rem -= 2 * Z;
        }
        while rem > 4 * Z {
            let (x0, x1) = (avx512::load(a), avx512::load(a.add(Z)));
            let (x2, x3) = (avx512::load(a.add(2 * Z)), avx512::load(a.add(3 * Z)));
            // Zero where a byte equals `c`: one test for the group.
            let t0 = avx512::min(_mm512_xor_si512(x0, v), _mm512_xor_si512(x1, v));
            let t1 = avx512::min(_mm512_xor_si512(x2, v), _mm512_xor_si512(x3, v));
            if gpr(avx512::zeros(avx512::min(t0, t1))) != 0 {
                if let Some(p) = pair(a, v) {
                    return p;
                }
                a = a.add(2 * Z);
                return pair(a, v).unwrap_or(a);
            }
            a = a.add(4 * Z);
            rem -= 4 * Z;
        }
        while rem > 2 * Z {
            if let Some(p) = pair(a, v) {
                return p;
            }
            a = a.add(2 * Z);
            rem -= 2 * Z;
        }
        // 1..=128 bytes left: one block, or a pair (128-byte aligned then, as more than
        // one block was left when the single step above ran) tested with one branch.
        let m0 = avx512::eq(avx512::load(a), v);
        if rem <= Z {
            let m = m0 & low_bits(rem);
            return if m != 0 {
                a.add(m.trailing_zeros() as usize)
            } else {
                core::ptr::null()
            };
        }
        let m1 = avx512::eq(avx512::load(a.add(Z)), v) & low_bits(rem - Z);
        if m0 | m1 == 0 {
            return core::ptr::null();
        }
        if m0 != 0 {
            return a.add(m0.trailing_zeros() as usize);
        }
        a.add(Z + m1.trailing_zeros() as usize)
    }
}

/// The first byte equal to the byte in `v` in the 128-byte aligned pair at `a`, if any.
///
/// # Safety
/// AVX-512 is usable; the pair is readable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn pair(a: *const u8, v: __m512i) -> Option<*const u8> {
    // SAFETY: the caller's guarantee.
    let (x0, x1) = unsafe { (avx512::load(a), avx512::load(a.add(Z))) };
    let (m0, m1) = (gpr(avx512::eq(x0, v)), gpr(avx512::eq(x1, v)));
    if m0 | m1 == 0 {
        return None;
    }
    if m0 != 0 {
        return Some(a.wrapping_add(m0.trailing_zeros() as usize));
    }
    Some(a.wrapping_add(Z + m1.trailing_zeros() as usize))
}

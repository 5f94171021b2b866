//! Whole-string AVX-512 scans for strlen, strchr/strchrnul and strrchr (memchr's is in
//! `avx512_memchr.rs`, under the same rules): one
//! aligned 64-byte load and a shifted mask for the head, then aligned 64-byte blocks,
//! pairs and groups of four of them; no C counterpart. Callers check
//! `avx2::tier() == avx2::WIDE` first.
//!
//! Every load is aligned, so it never leaves the page of its first byte; a load is made
//! only when that byte is one the function may read (before the terminator, the match,
//! or `s + n`). A pair or group is aligned to its size, or checked to end in the page
//! of its first block, so all its blocks share that page.
#![cfg(target_arch = "x86_64")]

use crate::abi::types::c_int;
use crate::string::PAGE;
use crate::string::avx512::{self, Z, gpr};
use core::arch::x86_64::{__m512i, _mm512_xor_si512};

/// Zero exactly where `x` is NUL or equal to the byte in `v`.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
fn key(x: __m512i, v: __m512i) -> __m512i {
    avx512::nul_or(x, v)
}

/// The NUL at or after `s`.
///
/// # Safety
/// AVX-512 is usable; `s` points to a NUL-terminated string.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn find_nul(s: *const u8) -> *const u8 {
    let off = s as usize & (Z - 1);
    let a = s.wrapping_sub(off);
    // SAFETY: see the module comment: aligned loads, stopping at the first block that
    // holds the NUL.
    unsafe {
        let m = avx512::zeros(avx512::load(a)) >> off;
        if m != 0 {
            return s.add(m.trailing_zeros() as usize);
        }
        find_nul_from(a.add(Z))
    }
}

/// The NUL at or after `a`, 64-byte aligned, in a string that started before it (in the
/// previous block at the latest) and has no NUL before it.
///
/// # Safety
/// AVX-512 is enabled in the caller (inlined); as described.
#[inline(always)]
unsafe fn find_nul_from(mut a: *const u8) -> *const u8 {
    // SAFETY: see the module comment: aligned loads, stopping at the first block that
    // holds the NUL.
    unsafe {
        if a as usize & Z != 0 {
            let m = avx512::zeros(avx512::load(a));
            if m != 0 {
                return a.add(m.trailing_zeros() as usize);
            }
            a = a.add(Z);
        }
        let pair_end = |x0: __m512i, x1: __m512i, a: *const u8| {
            let m0 = avx512::zeros(x0);
            if m0 != 0 {
                return a.wrapping_add(m0.trailing_zeros() as usize);
            }
            a.wrapping_add(Z + avx512::zeros(x1).trailing_zeros() as usize)
        };
        if a as usize & (2 * Z) != 0 {
            let (x0, x1) = (avx512::load(a), avx512::load(a.add(Z)));
            if gpr(avx512::zeros(avx512::min(x0, x1))) != 0 {
                return pair_end(x0, x1, a);
            }
            a = a.add(2 * Z);
        }
        // 256-byte aligned groups (each in one page), one branch per group (pairs to the
        // end took 8.7 ns for 1 KiB at offset 1, glibc 7.6; groups 5.9).
        loop {
            let (x0, x1) = (avx512::load(a), avx512::load(a.add(Z)));
            let (x2, x3) = (avx512::load(a.add(2 * Z)), avx512::load(a.add(3 * Z)));
            let (l, h) = (avx512::min(x0, x1), avx512::min(x2, x3));
            if gpr(avx512::zeros(avx512::min(l, h))) != 0 {
                if gpr(avx512::zeros(l)) != 0 {
                    return pair_end(x0, x1, a);
                }
                return pair_end(x2, x3, a.add(2 * Z));
            }
            a = a.add(4 * Z);
        }
    }
}

/// The first byte at or after `s` that is NUL or equal to `c`: the block holding `s`,
/// then groups of four blocks (single blocks where a group would cross a page).
///
/// # Safety
/// AVX-512 is usable; `s` points to a NUL-terminated string.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
unsafe fn find_nul_or(s: *const u8, c: u8) -> *const u8 {
    let v = avx512::splat(c);
    let off = s as usize & (Z - 1);
    let a = s.wrapping_sub(off);
    // SAFETY: see the module comment: aligned loads, stopping at the first block, pair or
    // group that holds a NUL or `c`.
    unsafe {
        let m = avx512::zeros(key(avx512::load(a), v)) >> off;
        if m != 0 {
            return s.add(m.trailing_zeros() as usize);
        }
        find_nul_or_from(a.add(Z), v)
    }
}

/// The first NUL or byte equal to the one in `v` at or after `a`, 64-byte aligned, in a
/// string that started before it (in the previous block at the latest) and has neither
/// before it.
///
/// # Safety
/// AVX-512 is enabled in the caller (inlined); as described.
#[inline(always)]
unsafe fn find_nul_or_from(mut a: *const u8, v: __m512i) -> *const u8 {
    // SAFETY: see the module comment: aligned loads, stopping at the first block or group
    // that holds a NUL or `c`.
    unsafe {
        loop {
            // Groups of four blocks while they stay in the page of `a` (its first block
            // holds string bytes), then single blocks to the page's end. (Single blocks
            // up to a 256-byte boundary first: 255 bytes at offset 1 took 5.3 ns, glibc
            // 4.7; this way 4.4 ns, and at offset 0 4.0 ns against 3.3, glibc 4.6.)
            while a as usize & (PAGE - 1) <= PAGE - 4 * Z {
                let (x0, x1) = (avx512::load(a), avx512::load(a.add(Z)));
                let (x2, x3) = (avx512::load(a.add(2 * Z)), avx512::load(a.add(3 * Z)));
                // `c` in blocks 1 and 3 through compares into opmasks, moved to general
                // registers and or-ed with the NUL-or-`c` test of the rest (a masked
                // minimum waits for its compare: 33.6 ns over 4 KiB on Zen 4 against
                // 28.4).
                let k = gpr(avx512::eq(x1, v)) | gpr(avx512::eq(x3, v));
                let m0 = avx512::min(avx512::min(x0, x1), _mm512_xor_si512(x0, v));
                let m2 = avx512::min(avx512::min(x2, x3), _mm512_xor_si512(x2, v));
                if k | gpr(avx512::zeros(avx512::min(m0, m2))) != 0 {
                    return first_of(a, [x0, x1, x2, x3], v);
                }
                a = a.add(4 * Z);
            }
            while a as usize & (PAGE - 1) != 0 {
                let m = avx512::zeros(key(avx512::load(a), v));
                if m != 0 {
                    return a.add(m.trailing_zeros() as usize);
                }
                a = a.add(Z);
            }
        }
    }
}

/// The first NUL or byte equal to the one in `v` in the loaded blocks `x` at `a`, one of
/// which holds one.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
fn first_of(a: *const u8, x: [__m512i; 4], v: __m512i) -> *const u8 {
    let (k0, k1) = (
        gpr(avx512::zeros(key(x[0], v))),
        gpr(avx512::zeros(key(x[1], v))),
    );
    if k0 | k1 != 0 {
        let j = if k0 != 0 {
            k0.trailing_zeros()
        } else {
            64 + k1.trailing_zeros()
        };
        return a.wrapping_add(j as usize);
    }
    let k2 = gpr(avx512::zeros(key(x[2], v)));
    let j = if k2 != 0 {
        2 * Z + k2.trailing_zeros() as usize
    } else {
        3 * Z + avx512::zeros(key(x[3], v)).trailing_zeros() as usize
    };
    a.wrapping_add(j)
}

/// The length of the string at `s`.
///
/// # Safety
/// AVX-512 is usable; `s` points to a NUL-terminated string.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe extern "C" fn strlen(s: *const u8) -> usize {
    // SAFETY: forwarded caller contract.
    unsafe { find_nul(s) as usize - s as usize }
}

/// The first byte of `s` equal to `c` (the terminator for `c == 0`), or null.
///
/// # Safety
/// AVX-512 is usable; `s` points to a NUL-terminated string.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe extern "C" fn strchr(s: *const u8, c: u8) -> *const u8 {
    // SAFETY: forwarded caller contract; `p` points into the string.
    unsafe {
        let p = find_nul_or(s, c);
        if *p == c { p } else { core::ptr::null() }
    }
}

/// `strchr` when the 64-byte aligned block holding `s` has neither a NUL nor `c` at or
/// after `s` (the exported `strchr`'s short path in `arch/x86_64/string_scan.rs` looked;
/// `c` as C passes it).
///
/// # Safety
/// AVX-512 is usable; `s` points to a NUL-terminated string, as described.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe extern "C" fn strchr_next(s: *const u8, c: c_int) -> *const u8 {
    // C's `int`, of which the low byte counts.
    let c = c as u8;
    let a = s.wrapping_sub(s as usize & (Z - 1)).wrapping_add(Z);
    // SAFETY: forwarded caller contract; `p` points into the string.
    unsafe {
        let p = find_nul_or_from(a, avx512::splat(c));
        if *p == c { p } else { core::ptr::null() }
    }
}

/// The first byte of `s` equal to `c`, or its terminator.
///
/// # Safety
/// AVX-512 is usable; `s` points to a NUL-terminated string.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn strchrnul(s: *const u8, c: u8) -> *const u8 {
    // SAFETY: forwarded caller contract.
    unsafe { find_nul_or(s, c) }
}

/// The last set bit of `e` as an offset from `a`, or `last` when `e` is zero.
#[inline(always)]
fn last_in(a: *const u8, e: u64, last: *const u8) -> *const u8 {
    if e != 0 {
        a.wrapping_add(63 - e.leading_zeros() as usize)
    } else {
        last
    }
}

/// The last byte equal to `c != 0` in the string at `s`, or null.
///
/// # Safety
/// AVX-512 is usable; `s` points to a NUL-terminated string; `c != 0`.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn find_last_byte(s: *const u8, c: u8) -> *const u8 {
    let v = avx512::splat(c);
    let off = s as usize & (Z - 1);
    let a = s.wrapping_sub(off);
    // SAFETY: see the module comment: aligned loads up to the block (or pair) holding the
    // terminator. The pair reloaded at the end was read before.
    unsafe {
        let x = avx512::load(a);
        let keep = !0u64 << off;
        let z = avx512::zeros(x) & keep;
        let e = avx512::eq(x, v) & keep;
        if z != 0 {
            // Only matches before the terminator count (c != 0: not the NUL itself).
            return last_in(a, e & (z ^ (z - 1)), core::ptr::null());
        }
        find_last_from(a.add(Z), v, last_in(a, e, core::ptr::null()))
    }
}

/// `strrchr` when the 64-byte aligned block holding `s` has no NUL at or after `s` (the
/// exported `strrchr`'s entry in `arch/x86_64/string_scan.rs` looked): `last` is the
/// last match in that block at or after `s`, or null; `c` as C passes it, not NUL.
///
/// # Safety
/// AVX-512 is usable; `s` points to a NUL-terminated string, as described.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe extern "C" fn strrchr_next(s: *const u8, c: c_int, last: *const u8) -> *const u8 {
    let a = s.wrapping_sub(s as usize & (Z - 1)).wrapping_add(Z);
    // SAFETY: forwarded caller contract.
    unsafe { find_last_from(a, avx512::splat(c as u8), last) }
}

/// `find_last_byte` from the 64-byte aligned block at `a` on (every byte of the string
/// before it compared, `last` the last match there or null).
///
/// # Safety
/// AVX-512 is enabled in the caller (inlined); `a` is 64-byte aligned, inside the string
/// (or at its terminator's block), `c != 0`.
#[inline(always)]
unsafe fn find_last_from(mut a: *const u8, v: __m512i, mut last: *const u8) -> *const u8 {
    // SAFETY: see the module comment: aligned loads up to the block (or pair) holding the
    // terminator. The pair reloaded at the end was read before.
    unsafe {
        if a as usize & Z != 0 {
            let x = avx512::load(a);
            let (z, e) = (avx512::zeros(x), avx512::eq(x, v));
            if z != 0 {
                return last_in(a, e & (z ^ (z - 1)), last);
            }
            last = last_in(a, e, last);
            a = a.add(Z);
        }
        // Pairs; only the address of the last one holding a match is kept, its matches
        // are worked out once, at the end.
        let mut pa: *const u8 = core::ptr::null();
        let (x0, x1) = loop {
            let (x0, x1) = (avx512::load(a), avx512::load(a.add(Z)));
            if gpr(avx512::zeros(avx512::min(x0, x1))) != 0 {
                break (x0, x1);
            }
            if avx512::eq(x0, v) | avx512::eq(x1, v) != 0 {
                pa = a;
            }
            a = a.add(2 * Z);
        };
        let z0 = avx512::zeros(x0);
        let (e0, e1) = if z0 != 0 {
            (avx512::eq(x0, v) & (z0 ^ (z0 - 1)), 0)
        } else {
            let z1 = avx512::zeros(x1);
            (avx512::eq(x0, v), avx512::eq(x1, v) & (z1 ^ (z1 - 1)))
        };
        if e1 != 0 {
            return last_in(a.add(Z), e1, last);
        }
        if e0 != 0 {
            return last_in(a, e0, last);
        }
        if pa.is_null() {
            return last;
        }
        let (x0, x1) = (avx512::load(pa), avx512::load(pa.add(Z)));
        let e1 = avx512::eq(x1, v);
        if e1 != 0 {
            return last_in(pa.add(Z), e1, last);
        }
        last_in(pa, avx512::eq(x0, v), last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::avx512_memchr::find_byte;
    use crate::string::testutil::Guarded;

    /// Whether this CPU runs the kernels (asked directly: `avx2::each_tier` in other
    /// tests may be forcing a lower tier meanwhile).
    fn wide() -> bool {
        std::is_x86_feature_detected!("avx512bw") && std::is_x86_feature_detected!("avx512vl")
    }

    /// Strings of every length to 600 (and some to 1400) at every offset in a 64-byte line, one `c` at
    /// position `at` (if inside), against a byte loop.
    #[test]
    fn against_reference() {
        if !wide() {
            return;
        }
        let mut buf = vec![0u8; 1600];
        let base = buf
            .as_mut_ptr()
            .wrapping_add(64 - (buf.as_ptr() as usize & 63));
        for off in 0..64 {
            let step = if off % 8 == 0 { 1 } else { 7 };
            for n in (0..=600usize).step_by(step).chain((601..1400).step_by(13)) {
                for at in [0, n / 3, n.saturating_sub(1), n + 1] {
                    // SAFETY: off + n + 2 < 1600 - 64.
                    let s = unsafe {
                        let s = base.add(off);
                        core::ptr::write_bytes(s, b'a', n + 2);
                        if at < n {
                            *s.add(at) = b'c';
                        }
                        *s.add(n) = 0;
                        s
                    };
                    let first = (at < n).then_some(at);
                    // SAFETY: `s` is NUL-terminated at `n`, readable to `n + 1`.
                    unsafe {
                        assert_eq!(strlen(s), n);
                        let p = strchrnul(s, b'c');
                        assert_eq!(p as usize - s as usize, first.unwrap_or(n));
                        assert_eq!(strchr(s, 0), s.add(n));
                        let p = find_last_byte(s, b'c');
                        assert_eq!((!p.is_null()).then(|| p as usize - s as usize), first);
                        let p = find_last_byte(s, b'a');
                        let last_a = (0..n).rev().find(|&i| Some(i) != first);
                        assert_eq!((!p.is_null()).then(|| p as usize - s as usize), last_a);
                        for len in [n, n + 1, at, at + 1] {
                            let p = find_byte(s, b'c' as c_int, len);
                            let want = first.filter(|&f| f < len);
                            assert_eq!((!p.is_null()).then(|| p as usize - s as usize), want);
                        }
                    }
                }
            }
        }
    }

    /// Strings and ranges that end at the last byte before an unmapped page; memchr with
    /// a length past the page when the byte is found first.
    #[test]
    fn ends_before_unmapped_page() {
        if !wide() {
            return;
        }
        let g = Guarded::new();
        for n in 0..=700 {
            let mut v = vec![b'm'; n + 1];
            v[n] = 0;
            let p = g.place(&v);
            // SAFETY: the NUL is the last mapped byte.
            unsafe {
                assert_eq!(strlen(p), n);
                assert_eq!(strchrnul(p, b'x'), p.add(n));
                assert!(find_last_byte(p, b'x').is_null());
                assert!(find_byte(p, b'x' as c_int, n + 1).is_null());
                assert_eq!(find_byte(p, 0, usize::MAX), p.add(n));
                if n > 0 {
                    assert_eq!(find_last_byte(p, b'm'), p.add(n - 1));
                }
            }
        }
    }

    /// Strings across several pages, starting at every 64-byte offset of a page and a few
    /// unaligned ones, with the byte searched for on either side of each page end.
    #[test]
    fn across_pages() {
        if !wide() {
            return;
        }
        let mut buf = vec![b'a'; 5 * 4096];
        let base = buf
            .as_mut_ptr()
            .wrapping_add(4096 - (buf.as_ptr() as usize & 4095));
        for start in (0..4096).step_by(64).chain([1, 63, 3841, 4031, 4095]) {
            for at in [4096 - start - 1, 4096 - start, 8192 - start + 65, 9000] {
                let n = 11000;
                // SAFETY: start + n + 1 < 4 * 4096, inside `buf` past `base`.
                unsafe {
                    let s = base.add(start);
                    core::ptr::write_bytes(s, b'a', n);
                    *s.add(at) = b'c';
                    *s.add(n) = 0;
                    assert_eq!(strchrnul(s, b'c'), s.add(at), "start={start} at={at}");
                    assert_eq!(strlen(s), n);
                    assert_eq!(find_byte(s, b'c' as c_int, n), s.add(at));
                }
            }
        }
    }
}

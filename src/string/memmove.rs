//! `memmove` and the backward copy kernel (C11 7.24.2.2; musl: src/string/memmove.c).
use crate::abi::types::{c_void, size_t};
use crate::string::memcpy::{copy_forward, copy_small};
use crate::string::simd::{self, W};
use crate::string::{avx2, avx2_mem, avx512_mem};

/// Copies `n` bytes in descending order of addresses, correct when `d >= s`.
///
/// # Safety
/// `s..s+n` readable, `d..d+n` writable; if they overlap, `d >= s`.
#[inline(always)]
pub(crate) unsafe fn copy_backward(d: *mut u8, s: *const u8, n: usize) {
    if n <= 2 * W {
        // SAFETY: forwarded caller contract.
        return unsafe { copy_small(d, s, n) };
    }
    if n > 2 * avx2::V && avx2::usable() {
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_mem::copy_backward(d, s, n) };
    }
    // SAFETY: n > 32, so head, tail and every block lie inside both ranges. Blocks go
    // from high to low addresses; a store to `d + e` (d >= s) only touches source bytes
    // at or above `s + e`, which have all been read already. Head and tail are read first.
    unsafe {
        let head = simd::loadu(s);
        let tail = simd::loadu(s.add(n - W));
        // Offset of the last 16-byte aligned address at or below `d + n`.
        let mut e = n - (d.add(n) as usize & (W - 1));
        while e > 4 * W {
            let a = simd::loadu(s.add(e - W));
            let b = simd::loadu(s.add(e - 2 * W));
            let c = simd::loadu(s.add(e - 3 * W));
            let f = simd::loadu(s.add(e - 4 * W));
            simd::store(d.add(e - W), a);
            simd::store(d.add(e - 2 * W), b);
            simd::store(d.add(e - 3 * W), c);
            simd::store(d.add(e - 4 * W), f);
            e -= 4 * W;
        }
        while e > W {
            e -= W;
            simd::store(d.add(e), simd::loadu(s.add(e)));
        }
        simd::storeu(d.add(n - W), tail);
        simd::storeu(d, head);
    }
}

/// `void *memmove(void *dest, const void *src, size_t n);` The
/// exported `memmove` is the assembly entry in `arch/x86_64/string_mem.rs`, which does
/// up to 32 bytes, and up to 256 on the AVX-512 tier, itself and jumps here otherwise.
///
/// # Safety
/// `src` readable and `dest` writable for `n` bytes; the ranges may overlap.
pub unsafe extern "C" fn memmove(dest: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void {
    let (d, s) = (dest.cast::<u8>(), src.cast::<u8>());
    if n <= 2 * W {
        // SAFETY: forwarded caller contract; all loads precede the stores.
        unsafe { copy_small(d, s, n) };
        return dest;
    }
    let t = avx2::checked_tier();
    // Sizes past the 64-byte kernel's range first: the same two tests as before it existed.
    if !avx512_mem::copy_fits(n) && t >= avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked; n > 128.
        return unsafe { avx2_mem::memmove(d, s, n) }.cast();
    }
    if t == avx2::WIDE && (d as usize).abs_diff(s as usize) >= n {
        // SAFETY: forwarded caller contract; AVX-512 was just checked; 32 < n <= 128;
        // the ranges are disjoint.
        return unsafe { avx512_mem::memcpy(d, s, n) }.cast();
    }
    if n > 2 * avx2::V && t >= avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked; n > 64.
        return unsafe { avx2_mem::memmove(d, s, n) }.cast();
    }
    // SAFETY: forwarded caller contract.
    unsafe { slow(d, s, n) }
}

/// `memmove` for `n > 32` without AVX2 (or before the CPU check, or `n <= 64`).
///
/// # Safety
/// As `memmove`.
#[inline(never)]
unsafe fn slow(d: *mut u8, s: *const u8, n: usize) -> *mut c_void {
    if (d as usize) <= (s as usize) || (d as usize).wrapping_sub(s as usize) >= n {
        // SAFETY: forwarded caller contract; either d <= s or the ranges are disjoint.
        unsafe { copy_forward(d, s, n) };
    } else {
        // SAFETY: forwarded caller contract; d > s.
        unsafe { copy_backward(d, s, n) };
    }
    d.cast()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(len: usize, from: usize, to: usize, n: usize) {
        let orig: Vec<u8> = (0..len).map(|i| (i * 31 + 7) as u8).collect();
        let mut buf = orig.clone();
        let mut want = orig.clone();
        want.copy_within(from..from + n, to);
        // SAFETY: both ranges lie inside `buf`.
        let r = unsafe {
            let p = buf.as_mut_ptr();
            memmove(p.add(to).cast(), p.add(from).cast(), n)
        };
        assert_eq!(r, buf.as_mut_ptr().wrapping_add(to).cast());
        assert!(buf == want, "from={from} to={to} n={n}");
    }

    #[test]
    fn overlapping_both_ways() {
        crate::string::avx2::each_tier(|_| overlapping_both_ways_once());
    }

    fn overlapping_both_ways_once() {
        for n in (0..=300).chain([383, 447, 511, 512, 513, 515, 577, 640, 700]) {
            for delta in [
                0usize, 1, 2, 3, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 299,
            ] {
                for base in 0..16 {
                    check(n + delta + 32, base, base + delta, n);
                    check(n + delta + 32, base + delta, base, n);
                }
            }
        }
    }

    #[test]
    fn large() {
        crate::string::avx2::each_tier(|_| {
            for n in [1000usize, 4096, 5000, 9000, 70_000] {
                for delta in [0usize, 1, 15, 64, 65, 255, 256, 4095, 10000] {
                    for base in [0usize, 3, 64] {
                        check(n + delta + 80, base, base + delta, n);
                        check(n + delta + 80, base + delta, base, n);
                    }
                }
            }
        });
    }
}

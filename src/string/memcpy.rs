//! `memcpy` and the forward copy kernel shared by the other copying functions
//! (C11 7.24.2.1; musl: src/string/memcpy.c).
use crate::abi::types::{c_void, size_t};
use crate::string::simd::{self, W};
use crate::string::{avx2, avx2_mem, avx512_mem};

/// From this size on, `rep movsb` beats the SSE loop on ERMS/FSRM CPUs.
const REP_MOVSB_MIN: usize = 4096;
/// With AVX2, the 32-byte loop stays ahead of `rep movsb` for longer.
pub(crate) const AVX2_REP_MOVSB_MIN: usize = 8192;

/// Whether a forward copy of `n` bytes should use `rep movsb`: from `min` bytes on, when
/// the ranges are disjoint (or `d` lies below `s` by at least `n`) and `d` and `s` have the
/// same offset in a 64-byte line. With different offsets the microcode falls back to a
/// slow path on some CPUs (AMD Zen 4: 1 MiB took 14x the vector loop's time).
#[inline(always)]
pub(crate) fn rep_movsb_fits(d: *mut u8, s: *const u8, n: usize, min: usize) -> bool {
    n >= min && (s as usize).wrapping_sub(d as usize) >= n && (s as usize ^ d as usize) & 63 == 0
}

/// Copies `n <= 32` bytes; every load happens before the first store, so the ranges may
/// overlap in any way.
///
/// # Safety
/// `s..s+n` readable, `d..d+n` writable.
#[inline(always)]
pub(crate) unsafe fn copy_small(d: *mut u8, s: *const u8, n: usize) {
    // SAFETY: every access below lies in `[0, n)` of its range, which the caller provides.
    unsafe {
        if n >= W {
            let (a, b) = (simd::loadu(s), simd::loadu(s.add(n - W)));
            simd::storeu(d, a);
            simd::storeu(d.add(n - W), b);
        } else if n >= 8 {
            let a = s.cast::<u64>().read_unaligned();
            let b = s.add(n - 8).cast::<u64>().read_unaligned();
            d.cast::<u64>().write_unaligned(a);
            d.add(n - 8).cast::<u64>().write_unaligned(b);
        } else if n >= 4 {
            let a = s.cast::<u32>().read_unaligned();
            let b = s.add(n - 4).cast::<u32>().read_unaligned();
            d.cast::<u32>().write_unaligned(a);
            d.add(n - 4).cast::<u32>().write_unaligned(b);
        } else if n > 0 {
            let (a, b, c) = (*s, *s.add(n / 2), *s.add(n - 1));
            *d = a;
            *d.add(n / 2) = b;
            *d.add(n - 1) = c;
        }
    }
}

/// Copies `n` bytes in ascending order of addresses, correct when the ranges do not
/// overlap or when `d < s`.
///
/// # Safety
/// `s..s+n` readable, `d..d+n` writable; if they overlap, `d <= s`.
#[inline(always)]
pub(crate) unsafe fn copy_forward(d: *mut u8, s: *const u8, n: usize) {
    if n <= 2 * W {
        // SAFETY: forwarded caller contract.
        return unsafe { copy_small(d, s, n) };
    }
    if avx2::tier() == avx2::WIDE && avx512_mem::copy_fits(n) {
        // SAFETY: forwarded caller contract; AVX-512 was just checked; 32 < n <= 128.
        return unsafe { avx512_mem::copy_upto_128(d, s, n) };
    }
    if n > 2 * avx2::V && avx2::usable() {
        if !rep_movsb_fits(d, s, n, AVX2_REP_MOVSB_MIN) {
            // SAFETY: forwarded caller contract; AVX2 was just checked.
            return unsafe { avx2_mem::copy_forward(d, s, n) };
        }
        // SAFETY: forwarded caller contract; the ranges do not overlap.
        return unsafe { simd::rep_movsb(d, s, n) };
    }
    if rep_movsb_fits(d, s, n, REP_MOVSB_MIN) {
        // SAFETY: forwarded caller contract; the ranges do not overlap.
        return unsafe { simd::rep_movsb(d, s, n) };
    }
    // SAFETY: n > 32, so head, tail and every block below lie inside both ranges. All
    // loads of a block precede its store and later loads read higher addresses, which a
    // store to `d + i` (d <= s) cannot have touched yet; head and tail are read up front.
    unsafe {
        let head = simd::loadu(s);
        let tail = simd::loadu(s.add(n - W));
        // First offset at which `d + i` is 16-byte aligned, in 1..=16.
        let mut i = W - (d as usize & (W - 1));
        while i + 4 * W < n {
            let a = simd::loadu(s.add(i));
            let b = simd::loadu(s.add(i + W));
            let c = simd::loadu(s.add(i + 2 * W));
            let e = simd::loadu(s.add(i + 3 * W));
            simd::store(d.add(i), a);
            simd::store(d.add(i + W), b);
            simd::store(d.add(i + 2 * W), c);
            simd::store(d.add(i + 3 * W), e);
            i += 4 * W;
        }
        while i + W < n {
            simd::store(d.add(i), simd::loadu(s.add(i)));
            i += W;
        }
        simd::storeu(d, head);
        simd::storeu(d.add(n - W), tail);
    }
}

/// `void *memcpy(void *restrict dest, const void *restrict src, size_t n);` The
/// exported `memcpy` is the assembly entry in `arch/x86_64/string_mem.rs`, which does
/// up to 32 bytes, and up to 256 on the AVX-512 tier, itself and jumps here otherwise.
///
/// # Safety
/// `src` readable and `dest` writable for `n` bytes, not overlapping. With `n == 0` any
/// pointers are accepted.
pub unsafe extern "C" fn memcpy(dest: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void {
    if n <= 2 * W {
        // SAFETY: forwarded caller contract.
        unsafe { copy_small(dest.cast(), src.cast(), n) };
        return dest;
    }
    let t = avx2::checked_tier();
    // Sizes past the 64-byte kernel's range first: the same two tests as before it existed.
    if !avx512_mem::copy_fits(n) && t >= avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked; n > 128.
        return unsafe { avx2_mem::memcpy(dest.cast(), src.cast(), n) }.cast();
    }
    if t == avx2::WIDE {
        // SAFETY: forwarded caller contract; AVX-512 was just checked; 32 < n <= 128.
        return unsafe { avx512_mem::memcpy(dest.cast(), src.cast(), n) }.cast();
    }
    if n > 2 * avx2::V && t >= avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked; n > 64.
        return unsafe { avx2_mem::memcpy(dest.cast(), src.cast(), n) }.cast();
    }
    // SAFETY: forwarded caller contract.
    unsafe { slow(dest, src, n) }
}

/// `memcpy` for `n > 32` without AVX2 (or before the CPU check, or `n <= 64`).
///
/// # Safety
/// As `memcpy`.
#[inline(never)]
unsafe fn slow(dest: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void {
    // SAFETY: forwarded caller contract.
    unsafe { copy_forward(dest.cast(), src.cast(), n) };
    dest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_alignments() {
        crate::string::avx2::each_tier(|_| sizes_and_alignments_once());
    }

    fn sizes_and_alignments_once() {
        let src: Vec<u8> = (0..700u32).map(|i| (i * 7 + 3) as u8).collect();
        let more = [
            511, 512, 513, 576, 577, 600, 1000, 4095, 4096, 4097, 5000, 6000, 8191,
        ];
        for n in (0..=300).chain(more).chain([8192, 9000, 70_000]) {
            for so in 0..16 {
                for dof in 0..16 {
                    if n > 300 && (so + dof) % 5 != 0 {
                        continue;
                    }
                    let mut dst = vec![0xeeu8; n + 64];
                    let big: Vec<u8> = (0..n + 32).map(|i| (i * 13 + 1) as u8).collect();
                    let s = if n <= 600 { &src[so..] } else { &big[so..] };
                    // SAFETY: both buffers have room for n bytes past the offsets.
                    let r =
                        unsafe { memcpy(dst.as_mut_ptr().add(dof).cast(), s.as_ptr().cast(), n) };
                    assert_eq!(r, dst.as_mut_ptr().wrapping_add(dof).cast());
                    assert_eq!(&dst[dof..dof + n], &s[..n], "n={n} so={so} do={dof}");
                    assert!(dst[..dof].iter().all(|&b| b == 0xee));
                    assert!(dst[dof + n..].iter().all(|&b| b == 0xee));
                }
            }
        }
    }

    #[test]
    fn zero_length_any_pointer() {
        crate::string::avx2::each_tier(|_| {
            // SAFETY: n == 0 must not touch memory.
            unsafe { memcpy(core::ptr::null_mut(), core::ptr::null(), 0) };
            // SAFETY: likewise with dangling pointers.
            unsafe { memcpy(8 as *mut c_void, 16 as *const c_void, 0) };
        });
    }

    #[test]
    fn shared_forward_kernel() {
        crate::string::avx2::each_tier(|_| {
            for n in (0..=600).step_by(7).chain([4096, 9000, 70_000]) {
                for (so, dof) in [(0usize, 0usize), (1, 3), (64, 0), (5, 63)] {
                    let big: Vec<u8> = (0..n + 64).map(|i| (i * 13 + 1) as u8).collect();
                    let mut dst = vec![0xeeu8; n + 128];
                    // SAFETY: both buffers have room for n bytes past the offsets.
                    unsafe { copy_forward(dst.as_mut_ptr().add(dof), big.as_ptr().add(so), n) };
                    assert_eq!(&dst[dof..dof + n], &big[so..so + n], "n={n}");
                    assert!(dst[..dof].iter().all(|&b| b == 0xee));
                    assert!(dst[dof + n..].iter().all(|&b| b == 0xee));
                }
            }
        });
    }
}

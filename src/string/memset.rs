//! `memset` and the fill kernel shared by bzero/strncpy (C11 7.24.6.1;
//! musl: src/string/memset.c).
use crate::abi::types::{c_int, c_void, size_t};
use crate::string::simd::{self, W};
use crate::string::{avx2, avx2_set, avx512_mem};

/// From this size on, `rep stosb` beats the SSE loop on ERMS CPUs.
const REP_STOSB_MIN: usize = 4096;

/// Sets `n` bytes at `d` to `c`.
///
/// # Safety
/// `d..d+n` writable.
#[inline(always)]
pub(crate) unsafe fn fill(d: *mut u8, c: u8, n: usize) {
    // SAFETY: every store below lies in `[0, n)` of the range the caller provides; the
    // wide kernels run only on the tier that the CPU check recorded.
    unsafe {
        if n <= 2 * W {
            if n >= W {
                let v = simd::splat(c);
                simd::storeu(d, v);
                simd::storeu(d.add(n - W), v);
            } else if n >= 8 {
                let v = u64::from_ne_bytes([c; 8]);
                d.cast::<u64>().write_unaligned(v);
                d.add(n - 8).cast::<u64>().write_unaligned(v);
            } else if n >= 4 {
                let v = u32::from_ne_bytes([c; 4]);
                d.cast::<u32>().write_unaligned(v);
                d.add(n - 4).cast::<u32>().write_unaligned(v);
            } else if n > 0 {
                *d = c;
                *d.add(n / 2) = c;
                *d.add(n - 1) = c;
            }
            return;
        }
        let t = avx2::checked_tier();
        if t == avx2::WIDE {
            return avx512_mem::fill(d, c, n);
        }
        if t >= avx2::AVX2 {
            // On the CPUs measured the 32-byte loop beats `rep stosb` at every size.
            return avx2_set::fill(d, c, n);
        }
        fill_big(d, c, n)
    }
}

/// `fill` for `n > 32` bytes without AVX2 (its callers ran the CPU check with
/// `avx2::checked_tier`).
///
/// # Safety
/// `d..d+n` writable, `n > 32`.
#[inline(never)]
unsafe fn fill_big(d: *mut u8, c: u8, n: usize) {
    // SAFETY: every store below lies in `[0, n)` of the range the caller provides.
    unsafe {
        if n >= REP_STOSB_MIN {
            return simd::rep_stosb(d, c, n);
        }
        let v = simd::splat(c);
        simd::storeu(d, v);
        simd::storeu(d.add(n - W), v);
        // First offset at which `d + i` is 16-byte aligned, in 1..=16.
        let mut i = W - (d as usize & (W - 1));
        while i + 4 * W < n {
            simd::store(d.add(i), v);
            simd::store(d.add(i + W), v);
            simd::store(d.add(i + 2 * W), v);
            simd::store(d.add(i + 3 * W), v);
            i += 4 * W;
        }
        while i + W < n {
            simd::store(d.add(i), v);
            i += W;
        }
    }
}

/// `void *memset(void *s, int c, size_t n);` The
/// exported `memset` is the assembly entry in `arch/x86_64/string_mem.rs`, which does
/// up to 32 bytes, and up to 256 on the AVX-512 tier, itself and jumps here otherwise.
///
/// # Safety
/// `s` writable for `n` bytes.
pub unsafe extern "C" fn memset(s: *mut c_void, c: c_int, n: size_t) -> *mut c_void {
    if n > 2 * W {
        let t = avx2::checked_tier();
        if t == avx2::WIDE {
            // SAFETY: forwarded caller contract; AVX-512 was just checked; n > 32.
            return unsafe { avx512_mem::memset(s.cast(), c as u8, n) }.cast();
        }
        if t >= avx2::AVX2 {
            // SAFETY: forwarded caller contract; AVX2 was just checked; n > 32.
            return unsafe { avx2_set::memset(s.cast(), c as u8, n) }.cast();
        }
        // SAFETY: forwarded caller contract; n > 32.
        unsafe { fill_big(s.cast(), c as u8, n) };
        return s;
    }
    // SAFETY: forwarded caller contract.
    unsafe { fill(s.cast(), c as u8, n) };
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_alignments() {
        crate::string::avx2::each_tier(|_| sizes_and_alignments_once());
    }

    fn sizes_and_alignments_once() {
        let more = [
            511, 512, 513, 576, 577, 600, 700, 1000, 4095, 4096, 5000, 70_000,
        ];
        for n in (0..=300).chain(more) {
            for off in 0..16 {
                let mut buf = vec![0x11u8; n + 48];
                // SAFETY: the buffer has room for n bytes past `off`.
                let r = unsafe { memset(buf.as_mut_ptr().add(off).cast(), 0x1a5, n) };
                assert_eq!(r, buf.as_mut_ptr().wrapping_add(off).cast());
                assert!(buf[..off].iter().all(|&b| b == 0x11));
                assert!(
                    buf[off..off + n].iter().all(|&b| b == 0xa5),
                    "n={n} off={off}"
                );
                assert!(buf[off + n..].iter().all(|&b| b == 0x11));
            }
        }
    }
}

//! `strchrnul` and the kernel shared by strchr/strcspn (GNU extension;
//! musl: src/string/strchrnul.c).
use crate::abi::types::{c_char, c_int};
use crate::string::simd::{self, W};
use crate::string::{avx2, avx2_head, avx512_scan};

/// The first byte of `s` equal to `c`, or the terminating NUL if none is.
///
/// Reads whole aligned blocks, never leaving the page of the byte it returns.
///
/// # Safety
/// `s` points to a NUL-terminated string.
#[inline]
pub(crate) unsafe fn find_byte_or_nul(s: *const u8, c: u8) -> *const u8 {
    let t = avx2::tier();
    if avx2::wide(t) {
        // SAFETY: forwarded caller contract; AVX-512 was just checked.
        return unsafe { avx512_scan::strchrnul(s, c) };
    }
    if t == avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_head::find::<false>(s, c) };
    }
    // SAFETY: forwarded caller contract.
    unsafe { find_slow(s, c) }
}

/// `find_byte_or_nul` before the CPU check has run, or without AVX2.
///
/// # Safety
/// `s` points to a NUL-terminated string.
#[inline(never)]
pub(crate) unsafe fn find_slow(s: *const u8, c: u8) -> *const u8 {
    if avx2::usable() {
        // SAFETY: forwarded caller contract; the tier says which kernels may run.
        return unsafe { find_byte_or_nul(s, c) };
    }
    let v = simd::splat(c);
    let off = s as usize & (W - 1);
    let mut a = s.wrapping_sub(off);
    // SAFETY: as in `str_len`: we stop at the first block holding a NUL (or `c`), and
    // 64-byte groups are 64-byte aligned so they stay inside one page.
    unsafe {
        let m = simd::zero_mask(simd::nul_or(simd::load(a), v)) >> off;
        if m != 0 {
            return s.add(m.trailing_zeros() as usize);
        }
        a = a.add(W);
        while a as usize & (4 * W - 1) != 0 {
            let m = simd::zero_mask(simd::nul_or(simd::load(a), v));
            if m != 0 {
                return a.add(m.trailing_zeros() as usize);
            }
            a = a.add(W);
        }
        loop {
            let x0 = simd::nul_or(simd::load(a), v);
            let x1 = simd::nul_or(simd::load(a.add(W)), v);
            let x2 = simd::nul_or(simd::load(a.add(2 * W)), v);
            let x3 = simd::nul_or(simd::load(a.add(3 * W)), v);
            if simd::zero_mask(simd::min(simd::min(x0, x1), simd::min(x2, x3))) != 0 {
                let all = simd::zero_mask(x0) as u64
                    | (simd::zero_mask(x1) as u64) << 16
                    | (simd::zero_mask(x2) as u64) << 32
                    | (simd::zero_mask(x3) as u64) << 48;
                return a.add(all.trailing_zeros() as usize);
            }
            a = a.add(4 * W);
        }
    }
}

/// `char *strchrnul(const char *s, int c);`
///
/// # Safety
/// `s` points to a NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strchrnul(s: *const c_char, c: c_int) -> *mut c_char {
    // SAFETY: forwarded caller contract.
    unsafe { find_byte_or_nul(s.cast(), c as u8) }
        .cast_mut()
        .cast()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_or_end() {
        crate::string::avx2::each_tier(|_| {
            for n in 0..=300 {
                for off in 0..16 {
                    let mut v = vec![b'a'; off + n + 40];
                    v[off + n] = 0;
                    let p = v.as_mut_ptr().wrapping_add(off);
                    // SAFETY: NUL-terminated inside `v`.
                    assert_eq!(
                        unsafe { strchrnul(p.cast(), b'b' as c_int) },
                        p.wrapping_add(n).cast()
                    );
                    if n > 0 {
                        v[off + n / 2] = b'b';
                        // SAFETY: as above.
                        let r = unsafe { strchrnul(p.cast(), 0x100 + b'b' as c_int) };
                        assert_eq!(r, p.wrapping_add(n / 2).cast());
                    }
                }
            }
        });
    }
}

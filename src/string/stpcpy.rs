//! `stpcpy` (POSIX.1-2008; musl: src/string/stpcpy.c).
use crate::abi::types::c_char;
use crate::string::memcpy::copy_forward;
use crate::string::strlen::str_len;
use crate::string::{avx2, avx2_copy};

/// `char *stpcpy(char *restrict dest, const char *restrict src);`
///
/// Returns a pointer to the NUL written at the end of `dest`.
///
/// # Safety
/// `src` is NUL-terminated; `dest` has room for it and its NUL; they do not overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn stpcpy(dest: *mut c_char, src: *const c_char) -> *mut c_char {
    // The AVX-512 tier keeps the 32-byte kernel: a 64-byte one (git history: commit
    // 36d4fe5, avx512_copy.rs) was slower at 256 bytes on Zen 4 (0.8x glibc vs 1.1x).
    if avx2::ready() {
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_copy::copy_str::<true>(dest.cast(), src.cast()) }.cast();
    }
    // SAFETY: forwarded caller contract.
    unsafe { slow(dest, src) }
}

/// `stpcpy` before the CPU check has run, or without AVX2.
///
/// # Safety
/// As `stpcpy`.
#[inline(never)]
unsafe fn slow(dest: *mut c_char, src: *const c_char) -> *mut c_char {
    if avx2::usable() {
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_copy::copy_str::<true>(dest.cast(), src.cast()) }.cast();
    }
    // SAFETY: forwarded caller contract.
    let n = unsafe { str_len(src.cast()) };
    // SAFETY: `n + 1` bytes are readable at `src` and writable at `dest`.
    unsafe { copy_forward(dest.cast(), src.cast(), n + 1) };
    dest.wrapping_add(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn returns_end() {
        crate::string::avx2::each_tier(|_| returns_end_once());
    }

    fn returns_end_once() {
        for n in (0..=100).chain([255, 256, 257, 511, 512, 513, 1000, 4096]) {
            let src: Vec<u8> = (0..n).map(|i| (i % 250) as u8 + 1).chain([0]).collect();
            let mut dst = vec![0xaau8; n + 4];
            // SAFETY: room for n + 1 bytes.
            let r = unsafe { stpcpy(dst.as_mut_ptr().cast(), src.as_ptr().cast()) };
            assert_eq!(r, dst.as_mut_ptr().wrapping_add(n).cast());
            assert_eq!(&dst[..=n], &src[..]);
        }
    }
}

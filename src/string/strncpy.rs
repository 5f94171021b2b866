//! `strncpy` (C11 7.24.2.4; musl: src/string/strncpy.c).
use crate::abi::types::{c_char, size_t};
use crate::string::stpncpy::copy_pad;

/// `char *strncpy(char *restrict dest, const char *restrict src, size_t n);`
///
/// Copies at most `n` bytes and pads with NULs up to `n`; the result is not
/// NUL-terminated when `src` is `n` bytes or longer.
///
/// # Safety
/// `src` readable up to its NUL or `n` bytes; `dest` writable for `n`; no overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strncpy(dest: *mut c_char, src: *const c_char, n: size_t) -> *mut c_char {
    // SAFETY: forwarded caller contract.
    unsafe { copy_pad(dest.cast(), src.cast(), n) };
    dest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_and_truncates() {
        for len in 0..=80 {
            for n in 0..=100 {
                let src: Vec<u8> = (0..len).map(|i| i as u8 + 1).chain([0]).collect();
                let mut dst = vec![0xaau8; n + 2];
                // SAFETY: room for n bytes; src is NUL-terminated.
                let r = unsafe { strncpy(dst.as_mut_ptr().cast(), src.as_ptr().cast(), n) };
                assert_eq!(r, dst.as_mut_ptr().cast());
                for i in 0..n {
                    assert_eq!(dst[i], if i < len { src[i] } else { 0 });
                }
                assert_eq!(dst[n], 0xaa);
            }
        }
    }
}

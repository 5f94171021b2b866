//! `stpncpy` and the copy-and-pad kernel shared with strncpy (POSIX.1-2008;
//! musl: src/string/stpncpy.c).
use crate::abi::types::{c_char, size_t};
use crate::string::memchr::find_byte;
use crate::string::memcpy::copy_forward;
use crate::string::memset::fill;

/// Copies `src` up to its NUL or `n` bytes into `d` and NUL-pads to `n` bytes; returns
/// the number of bytes copied from `src`.
///
/// # Safety
/// `s` readable up to its NUL or `n` bytes; `d` writable for `n`; no overlap.
pub(crate) unsafe fn copy_pad(d: *mut u8, s: *const u8, n: usize) -> usize {
    // SAFETY: forwarded caller contract; the scan stops at the NUL or after n bytes.
    let z = unsafe { find_byte(s, 0, n) };
    let len = if z.is_null() {
        n
    } else {
        z as usize - s as usize
    };
    // SAFETY: `len <= n` bytes are readable at `s`; `n` bytes are writable at `d`.
    unsafe {
        copy_forward(d, s, len);
        fill(d.add(len), 0, n - len);
    }
    len
}

/// `char *stpncpy(char *restrict dest, const char *restrict src, size_t n);`
///
/// Returns a pointer to the first NUL written, or `dest + n` if none was.
///
/// # Safety
/// `src` readable up to its NUL or `n` bytes; `dest` writable for `n`; no overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn stpncpy(dest: *mut c_char, src: *const c_char, n: size_t) -> *mut c_char {
    // SAFETY: forwarded caller contract.
    let len = unsafe { copy_pad(dest.cast(), src.cast(), n) };
    dest.wrapping_add(len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pads_and_returns_end() {
        for len in 0..=80 {
            for n in 0..=100 {
                let src: Vec<u8> = (0..len).map(|i| i as u8 + 1).chain([0]).collect();
                let mut dst = vec![0xaau8; n + 2];
                // SAFETY: room for n bytes; src is NUL-terminated.
                let r = unsafe { stpncpy(dst.as_mut_ptr().cast(), src.as_ptr().cast(), n) };
                assert_eq!(r, dst.as_mut_ptr().wrapping_add(len.min(n)).cast());
                for i in 0..n {
                    assert_eq!(dst[i], if i < len { src[i] } else { 0 });
                }
                assert_eq!(dst[n], 0xaa);
            }
        }
    }
}

//! `strncat` (C11 7.24.3.2; musl: src/string/strncat.c).
use crate::abi::types::{c_char, size_t};
use crate::string::memchr::find_byte;
use crate::string::memcpy::copy_forward;
use crate::string::strlen::str_len;

/// `char *strncat(char *restrict dest, const char *restrict src, size_t n);`
///
/// Appends at most `n` bytes of `src` and always a NUL.
///
/// # Safety
/// `dest` is NUL-terminated with room for the result; `src` readable up to its NUL or
/// `n` bytes; no overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strncat(dest: *mut c_char, src: *const c_char, n: size_t) -> *mut c_char {
    let s = src.cast::<u8>();
    // SAFETY: forwarded caller contract; the scan stops at the NUL or after n bytes, and
    // the `len + 1` bytes written fit in `dest`.
    unsafe {
        let z = find_byte(s, 0, n);
        let len = if z.is_null() {
            n
        } else {
            z as usize - s as usize
        };
        let d = dest.cast::<u8>().add(str_len(dest.cast()));
        copy_forward(d, s, len);
        *d.add(len) = 0;
    }
    dest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_at_most_n() {
        for a in 0..30 {
            for b in 0..30 {
                for n in [0, 1, b / 2, b, b + 1, usize::MAX] {
                    let mut dst: Vec<u8> = (0..a).map(|_| b'a').chain([0]).collect();
                    dst.resize(a + b + 5, 0xcc);
                    let src: Vec<u8> = (0..b).map(|_| b'b').chain([0]).collect();
                    // SAFETY: room for the result.
                    unsafe { strncat(dst.as_mut_ptr().cast(), src.as_ptr().cast(), n) };
                    let k = b.min(n);
                    assert!(dst[a..a + k].iter().all(|&x| x == b'b'));
                    assert_eq!(dst[a + k], 0);
                    assert_eq!(dst[a + k + 1], 0xcc);
                }
            }
        }
    }
}

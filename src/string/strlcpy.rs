//! `strlcpy` (BSD, POSIX.1-2024; musl: src/string/strlcpy.c).
use crate::abi::types::{c_char, size_t};
use crate::string::memcpy::copy_forward;
use crate::string::strlen::str_len;

/// `size_t strlcpy(char *dest, const char *src, size_t size);`
///
/// Copies at most `size - 1` bytes of `src` and a terminator when `size > 0`; returns
/// `strlen(src)`, so a result `>= size` means the copy was truncated.
///
/// # Safety
/// `src` is a NUL-terminated string; `dest` writable for `size` bytes, not overlapping it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strlcpy(dest: *mut c_char, src: *const c_char, size: size_t) -> size_t {
    // SAFETY: `src` is a string; at most `size` bytes go to `dest`.
    unsafe {
        let len = str_len(src.cast());
        if size > 0 {
            let k = len.min(size - 1);
            copy_forward(dest.cast(), src.cast(), k);
            *dest.add(k) = 0;
        }
        len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_and_reports_length() {
        let mut d = [b'#' as c_char; 8];
        // SAFETY: 8-byte buffer, string literals.
        unsafe {
            assert_eq!(strlcpy(d.as_mut_ptr(), c"hello world".as_ptr(), 8), 11);
            assert_eq!(
                core::slice::from_raw_parts(d.as_ptr().cast::<u8>(), 8),
                b"hello w\0"
            );
            assert_eq!(strlcpy(d.as_mut_ptr(), c"hi".as_ptr(), 8), 2);
            assert_eq!(*d.as_ptr().add(2), 0);
            d[0] = b'#' as c_char;
            assert_eq!(strlcpy(d.as_mut_ptr(), c"abc".as_ptr(), 0), 3);
            assert_eq!(d[0], b'#' as c_char);
            assert_eq!(strlcpy(d.as_mut_ptr(), c"abc".as_ptr(), 1), 3);
            assert_eq!(d[0], 0);
        }
    }
}

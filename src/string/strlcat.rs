//! `strlcat` (BSD, POSIX.1-2024; musl: src/string/strlcat.c).
use crate::abi::types::{c_char, size_t};
use crate::string::memchr::find_byte;
use crate::string::strlcpy::strlcpy;
use crate::string::strlen::str_len;

/// `size_t strlcat(char *dest, const char *src, size_t size);`
///
/// Appends `src` to the string in `dest`, writing at most `size` bytes in all and always
/// terminating when `dest` held a terminator within `size`; returns the length the whole
/// string would have had (`strnlen(dest, size) + strlen(src)`).
///
/// # Safety
/// `src` is a NUL-terminated string; `dest` readable and writable for `size` bytes (or up
/// to its terminator), not overlapping `src`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strlcat(dest: *mut c_char, src: *const c_char, size: size_t) -> size_t {
    // SAFETY: `dest` is searched within `size` bytes; the append stays in what is left.
    unsafe {
        let nul = find_byte(dest.cast(), 0, size);
        if nul.is_null() {
            return size + str_len(src.cast());
        }
        let used = nul as usize - dest as usize;
        used + strlcpy(dest.add(used), src, size - used)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_and_truncates() {
        let mut d = [0 as c_char; 8];
        // SAFETY: 8-byte buffer; string literals.
        unsafe {
            assert_eq!(strlcat(d.as_mut_ptr(), c"abc".as_ptr(), 8), 3);
            assert_eq!(strlcat(d.as_mut_ptr(), c"defgh".as_ptr(), 8), 8);
            assert_eq!(
                core::slice::from_raw_parts(d.as_ptr().cast::<u8>(), 8),
                b"abcdefg\0"
            );
            // No terminator within size: nothing written.
            assert_eq!(strlcat(d.as_mut_ptr(), c"xy".as_ptr(), 3), 5);
            assert_eq!(d[2], b'c' as c_char);
        }
    }
}

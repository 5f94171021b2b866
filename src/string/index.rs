//! `index` (POSIX.1-2001 strings.h, removed in 2008; musl: src/string/index.c).
use crate::abi::types::{c_char, c_int};

/// `char *index(const char *s, int c);` — the same as `strchr`.
///
/// # Safety
/// `s` points to a NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn index(s: *const c_char, c: c_int) -> *mut c_char {
    // SAFETY: forwarded caller contract.
    unsafe { crate::string::strchr::strchr(s, c) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_strchr() {
        let s = c"abcb";
        // SAFETY: C string literal.
        unsafe {
            assert_eq!(
                index(s.as_ptr(), b'b' as c_int),
                s.as_ptr().add(1).cast_mut()
            );
            assert_eq!(index(s.as_ptr(), 0), s.as_ptr().add(4).cast_mut());
            assert!(index(s.as_ptr(), b'z' as c_int).is_null());
        }
    }
}

//! `rindex` (POSIX.1-2001 strings.h, removed in 2008; musl: src/string/rindex.c).
use crate::abi::types::{c_char, c_int};

/// `char *rindex(const char *s, int c);` — the same as `strrchr`.
///
/// # Safety
/// `s` points to a NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn rindex(s: *const c_char, c: c_int) -> *mut c_char {
    // SAFETY: forwarded caller contract.
    unsafe { crate::string::strrchr::strrchr(s, c) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_strrchr() {
        let s = c"abcb";
        // SAFETY: C string literal.
        unsafe {
            assert_eq!(
                rindex(s.as_ptr(), b'b' as c_int),
                s.as_ptr().add(3).cast_mut()
            );
            assert!(rindex(s.as_ptr(), b'z' as c_int).is_null());
        }
    }
}

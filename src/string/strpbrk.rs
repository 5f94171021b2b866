//! `strpbrk` (C11 7.24.5.4; musl: src/string/strpbrk.c).
use crate::abi::types::c_char;
use crate::string::strcspn::span_without;

/// `char *strpbrk(const char *s, const char *accept);`
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strpbrk(s: *const c_char, accept: *const c_char) -> *mut c_char {
    // SAFETY: forwarded caller contract; the span ends inside `s` (at worst on its NUL).
    let p = unsafe { s.add(span_without(s.cast(), accept.cast())) };
    // SAFETY: `p` points into the string.
    if unsafe { *p } != 0 {
        p.cast_mut()
    } else {
        core::ptr::null_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        let s = b"find the vowel\0";
        // SAFETY: NUL-terminated literals.
        unsafe {
            let p = s.as_ptr().cast::<c_char>();
            assert_eq!(strpbrk(p, c"aeiou".as_ptr()), p.wrapping_add(1).cast_mut());
            assert!(strpbrk(p, c"xyz".as_ptr()).is_null());
            assert!(strpbrk(p, c"".as_ptr()).is_null());
            assert_eq!(strpbrk(p, c"l".as_ptr()), p.wrapping_add(13).cast_mut());
        }
    }
}

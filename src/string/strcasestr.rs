//! `strcasestr` (GNU extension; musl: src/string/strcasestr.c).
use crate::abi::types::{c_char, c_int};
use crate::ctype::tolower::lower;
use crate::string::strlen::str_len;
use crate::string::strncasecmp::compare_folded;

/// `char *strcasestr(const char *haystack, const char *needle);`
///
/// The first occurrence of `needle` in `haystack` ignoring ASCII case, or null. An empty
/// needle matches at `haystack`.
///
/// DIFF(musl): musl returns null for an empty needle in an empty haystack; rcc returns
/// `haystack`, as glibc and `strstr` do.
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strcasestr(haystack: *const c_char, needle: *const c_char) -> *mut c_char {
    let (mut h, x) = (haystack.cast::<u8>(), needle.cast::<u8>());
    // SAFETY: the haystack is walked up to its terminator; each comparison stops at the
    // haystack's terminator (it differs from the needle's nonzero bytes) or the needle's end.
    unsafe {
        let m = str_len(x);
        if m == 0 {
            return h.cast_mut().cast();
        }
        let first = lower(*x as c_int);
        while *h != 0 {
            if lower(*h as c_int) == first && compare_folded(h.add(1), x.add(1), m - 1) == 0 {
                return h.cast_mut().cast();
            }
            h = h.add(1);
        }
    }
    core::ptr::null_mut()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(h: &core::ffi::CStr, x: &core::ffi::CStr) -> Option<usize> {
        // SAFETY: C string literals.
        let p = unsafe { strcasestr(h.as_ptr(), x.as_ptr()) };
        (!p.is_null()).then(|| p as usize - h.as_ptr() as usize)
    }

    #[test]
    fn matches_ignoring_case() {
        assert_eq!(find(c"Hello World", c"WORLD"), Some(6));
        assert_eq!(find(c"Hello World", c"o w"), Some(4));
        assert_eq!(find(c"aaaB", c"AB"), Some(2));
        assert_eq!(find(c"abc", c"abcd"), None);
        assert_eq!(find(c"abc", c""), Some(0));
        assert_eq!(find(c"", c""), Some(0));
        assert_eq!(find(c"\xc4x", c"\xe4"), None);
    }
}

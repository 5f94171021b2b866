//! `strcasecmp`, `strcasecmp_l` (POSIX.1-2008 strings.h; musl: src/string/strcasecmp.c).
use crate::abi::locale::locale_t;
use crate::abi::types::{c_char, c_int};
use crate::ctype::tolower::lower;

/// `int strcasecmp(const char *s1, const char *s2);`
///
/// Compares as `strcmp` does after mapping ASCII upper case to lower case; other bytes,
/// 0x80 and above included, compare as `unsigned char`. The result is the difference of
/// the first pair of folded bytes that differ, as musl's.
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strcasecmp(s1: *const c_char, s2: *const c_char) -> c_int {
    let (a, b) = (s1.cast::<u8>(), s2.cast::<u8>());
    let mut i = 0;
    // SAFETY: both strings are read up to the first difference or terminator.
    unsafe {
        loop {
            let (x, y) = (*a.add(i), *b.add(i));
            if x != y {
                let (x, y) = (lower(x as c_int), lower(y as c_int));
                if x != y {
                    return x - y;
                }
            } else if x == 0 {
                return 0;
            }
            i += 1;
        }
    }
}

/// `int __strcasecmp_l(const char *s1, const char *s2, locale_t loc);` (exported as
/// `strcasecmp_l`)
///
/// `strcasecmp`; every rcc locale folds case as the C locale does.
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __strcasecmp_l(
    s1: *const c_char,
    s2: *const c_char,
    _loc: locale_t,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { strcasecmp(s1, s2) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak strcasecmp_l", ".set strcasecmp_l, __strcasecmp_l");

#[cfg(test)]
mod tests {
    use super::*;

    fn cmp(a: &core::ffi::CStr, b: &core::ffi::CStr) -> c_int {
        // SAFETY: C string literals.
        unsafe { strcasecmp(a.as_ptr(), b.as_ptr()) }
    }

    #[test]
    fn folds_ascii_only() {
        assert_eq!(cmp(c"Hello", c"hELLO"), 0);
        assert!(cmp(c"abc", c"ABD") < 0);
        assert!(cmp(c"ab", c"ABC") < 0);
        assert_eq!(cmp(c"[", c"{"), b'[' as c_int - b'{' as c_int);
        assert_eq!(cmp(c"\xc4", c"\xe4"), 0xc4 - 0xe4);
        assert!(cmp(c"\xff", c"a") > 0);
        assert_eq!(cmp(c"", c""), 0);
    }
}

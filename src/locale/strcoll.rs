//! `strcoll`, `strcoll_l` (C11 7.24.4.3, POSIX.1-2008; musl: src/locale/strcoll.c).
use crate::abi::locale::locale_t;
use crate::abi::types::{c_char, c_int};
use crate::string::strcmp::strcmp;

/// `int strcoll(const char *s1, const char *s2);`
///
/// Collation in the C locale is byte order: the same as `strcmp`.
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strcoll(s1: *const c_char, s2: *const c_char) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { strcmp(s1, s2) }
}

/// `int __strcoll_l(const char *s1, const char *s2, locale_t loc);` (exported as
/// `strcoll_l`)
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __strcoll_l(
    s1: *const c_char,
    s2: *const c_char,
    _loc: locale_t,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { strcmp(s1, s2) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak strcoll_l", ".set strcoll_l, __strcoll_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_order() {
        // SAFETY: C string literals.
        unsafe {
            assert!(strcoll(c"B".as_ptr(), c"a".as_ptr()) < 0);
            assert!(__strcoll_l(c"\xe4".as_ptr(), c"z".as_ptr(), core::ptr::null_mut()) > 0);
            assert_eq!(strcoll(c"x".as_ptr(), c"x".as_ptr()), 0);
        }
    }
}

//! `wcsncasecmp`, `wcsncasecmp_l` (POSIX.1-2008; musl: src/string/wcsncasecmp.c,
//! wcsncasecmp_l.c).
use crate::abi::locale::locale_t;
use crate::abi::types::{c_int, size_t, wchar_t};
use crate::ctype::towctrans::casemap;

/// `int wcsncasecmp(const wchar_t *l, const wchar_t *r, size_t n);`
///
/// Compares the lowercase mappings; the sign follows `towlower(l[i]) - towlower(r[i])`
/// taken as `int`, as musl.
///
/// # Safety
/// `l` and `r` readable up to their terminators or `n` elements.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsncasecmp(l: *const wchar_t, r: *const wchar_t, n: size_t) -> c_int {
    let mut i = 0;
    while i < n {
        // SAFETY: stops at a terminator, a difference or `n`.
        let (a, b) = unsafe { (*l.add(i), *r.add(i)) };
        let (la, lb) = (casemap(a as u32, false), casemap(b as u32, false));
        if la != lb || a == 0 || b == 0 {
            return (la as c_int).wrapping_sub(lb as c_int);
        }
        i += 1;
    }
    0
}

/// `int wcsncasecmp_l(const wchar_t *l, const wchar_t *r, size_t n, locale_t loc);`
///
/// # Safety
/// As `wcsncasecmp`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsncasecmp_l(
    l: *const wchar_t,
    r: *const wchar_t,
    n: size_t,
    _loc: locale_t,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { wcsncasecmp(l, r, n) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds() {
        let a = [0x41, 0xc9, 0];
        let b = [0x61, 0xe9, 0];
        let c = [0x61, 0];
        // SAFETY: terminated arrays.
        unsafe {
            assert_eq!(wcsncasecmp(a.as_ptr(), b.as_ptr(), 9), 0);
            assert!(wcsncasecmp(a.as_ptr(), c.as_ptr(), 9) > 0);
            assert_eq!(wcsncasecmp(a.as_ptr(), c.as_ptr(), 1), 0);
        }
    }
}

//! `strncasecmp`, `strncasecmp_l` (POSIX.1-2008 strings.h; musl: src/string/strncasecmp.c).
use crate::abi::locale::locale_t;
use crate::abi::types::{c_char, c_int, size_t};
use crate::ctype::tolower::lower;

/// Case-folding comparison of at most `n` bytes.
///
/// # Safety
/// `a` and `b` are readable up to `n` bytes or their terminators.
pub(crate) unsafe fn compare_folded(a: *const u8, b: *const u8, n: usize) -> c_int {
    // SAFETY: reads stop at `n`, the first difference or a terminator.
    unsafe {
        for i in 0..n {
            let (x, y) = (*a.add(i), *b.add(i));
            if x != y {
                let (x, y) = (lower(x as c_int), lower(y as c_int));
                if x != y {
                    return x - y;
                }
            } else if x == 0 {
                return 0;
            }
        }
    }
    0
}

/// `int strncasecmp(const char *s1, const char *s2, size_t n);`
///
/// `strcasecmp` on at most the first `n` bytes.
///
/// # Safety
/// Both are readable up to `n` bytes or their terminators.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strncasecmp(s1: *const c_char, s2: *const c_char, n: size_t) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { compare_folded(s1.cast(), s2.cast(), n) }
}

/// `int __strncasecmp_l(const char *s1, const char *s2, size_t n, locale_t loc);`
/// (exported as `strncasecmp_l`)
///
/// `strncasecmp`; every rcc locale folds case as the C locale does.
///
/// # Safety
/// Both are readable up to `n` bytes or their terminators.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __strncasecmp_l(
    s1: *const c_char,
    s2: *const c_char,
    n: size_t,
    _loc: locale_t,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { compare_folded(s1.cast(), s2.cast(), n) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak strncasecmp_l", ".set strncasecmp_l, __strncasecmp_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded() {
        // SAFETY: C string literals.
        unsafe {
            assert_eq!(strncasecmp(c"HELLOx".as_ptr(), c"helloy".as_ptr(), 5), 0);
            assert!(strncasecmp(c"HELLOx".as_ptr(), c"helloy".as_ptr(), 6) < 0);
            assert_eq!(strncasecmp(c"a".as_ptr(), c"b".as_ptr(), 0), 0);
            assert_eq!(strncasecmp(c"ab".as_ptr(), c"AB".as_ptr(), 100), 0);
        }
    }
}

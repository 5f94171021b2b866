//! `strxfrm`, `strxfrm_l` (C11 7.24.4.5, POSIX.1-2008; musl: src/locale/strxfrm.c).
use crate::abi::locale::locale_t;
use crate::abi::types::{c_char, size_t};
use crate::string::memcpy::copy_forward;
use crate::string::strlen::str_len;

/// `size_t strxfrm(char *restrict dest, const char *restrict src, size_t n);`
///
/// In the C locale the transformed string is `src` itself: copies it with its terminator
/// when `strlen(src) < n` and returns `strlen(src)`. When it does not fit, `dest` is left
/// untouched (C leaves its contents indeterminate; this is musl's choice).
///
/// # Safety
/// `src` is a NUL-terminated string; `dest` writable for `n` bytes (may be null if `n` is 0).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strxfrm(dest: *mut c_char, src: *const c_char, n: size_t) -> size_t {
    // SAFETY: `src` is a string; the copy of len + 1 <= n bytes fits in `dest`.
    unsafe {
        let len = str_len(src.cast());
        if len < n {
            copy_forward(dest.cast(), src.cast(), len + 1);
        }
        len
    }
}

/// `size_t __strxfrm_l(char *restrict dest, const char *restrict src, size_t n, locale_t loc);`
/// (exported as `strxfrm_l`)
///
/// # Safety
/// As `strxfrm`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __strxfrm_l(
    dest: *mut c_char,
    src: *const c_char,
    n: size_t,
    _loc: locale_t,
) -> size_t {
    // SAFETY: forwarded caller contract.
    unsafe { strxfrm(dest, src, n) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak strxfrm_l", ".set strxfrm_l, __strxfrm_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_when_it_fits() {
        let mut d = [b'#' as c_char; 8];
        // SAFETY: 8-byte buffer; C string literals.
        unsafe {
            assert_eq!(strxfrm(d.as_mut_ptr(), c"hello".as_ptr(), 3), 5);
            assert_eq!(d[0], b'#' as c_char);
            assert_eq!(strxfrm(core::ptr::null_mut(), c"hello".as_ptr(), 0), 5);
            assert_eq!(strxfrm(d.as_mut_ptr(), c"hello".as_ptr(), 6), 5);
            assert_eq!(core::ffi::CStr::from_ptr(d.as_ptr()), c"hello");
            assert_eq!(
                __strxfrm_l(d.as_mut_ptr(), c"".as_ptr(), 1, core::ptr::null_mut()),
                0
            );
        }
    }
}

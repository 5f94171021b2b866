//! `wcswidth` (POSIX.1-2008 XSI; musl: src/ctype/wcswidth.c).
use crate::abi::types::{c_int, size_t, wchar_t};
use crate::ctype::wcwidth::wcwidth;

/// `int wcswidth(const wchar_t *s, size_t n);`
///
/// The columns of the first `n` characters of `s` (up to its terminator), or -1 if one
/// of them is not printable.
///
/// # Safety
/// `s` readable up to its terminator or `n` elements.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcswidth(s: *const wchar_t, n: size_t) -> c_int {
    let mut total: c_int = 0;
    let mut i = 0;
    while i < n {
        // SAFETY: stops at the terminator or `n`.
        let c = unsafe { *s.add(i) };
        if c == 0 {
            break;
        }
        let w = wcwidth(c);
        if w < 0 {
            return -1;
        }
        total = total.wrapping_add(w);
        i += 1;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums() {
        let s = [0x61, 0x4e2d, 0x301, 0];
        let bad = [0x61, 0x7, 0];
        // SAFETY: terminated arrays.
        unsafe {
            assert_eq!(wcswidth(s.as_ptr(), 9), 3);
            assert_eq!(wcswidth(s.as_ptr(), 1), 1);
            assert_eq!(wcswidth(bad.as_ptr(), 9), -1);
        }
    }
}

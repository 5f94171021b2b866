//! `wmemcmp` (C17 7.29.4.4.5; musl: src/string/wmemcmp.c).
use crate::abi::types::{c_int, size_t, wchar_t};

/// `int wmemcmp(const wchar_t *l, const wchar_t *r, size_t n);`
///
/// Compares as `wchar_t` (signed) values, as musl.
///
/// # Safety
/// `l` and `r` readable for `n` elements.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wmemcmp(l: *const wchar_t, r: *const wchar_t, n: size_t) -> c_int {
    for i in 0..n {
        // SAFETY: `i < n`, within both buffers.
        let (a, b) = unsafe { (*l.add(i), *r.add(i)) };
        if a != b {
            return if a < b { -1 } else { 1 };
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order() {
        let a = [0, 5, 0];
        let b = [0, 5, 1];
        // SAFETY: 3-element arrays.
        unsafe {
            assert_eq!(wmemcmp(a.as_ptr(), b.as_ptr(), 3), -1);
            assert_eq!(wmemcmp(a.as_ptr(), b.as_ptr(), 2), 0);
        }
    }
}

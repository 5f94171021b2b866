//! `wcsncmp` (C17 7.29.4.4.4; musl: src/string/wcsncmp.c).
use crate::abi::types::{c_int, size_t, wchar_t};

/// `int wcsncmp(const wchar_t *l, const wchar_t *r, size_t n);`
///
/// # Safety
/// `l` and `r` readable up to their terminators or `n` elements.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsncmp(l: *const wchar_t, r: *const wchar_t, n: size_t) -> c_int {
    let mut i = 0;
    while i < n {
        // SAFETY: stops at a terminator, a difference or `n`.
        let (a, b) = unsafe { (*l.add(i), *r.add(i)) };
        if a != b {
            return if a < b { -1 } else { 1 };
        }
        if a == 0 {
            break;
        }
        i += 1;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order() {
        let a = [1, 2, 0];
        let b = [1, -3, 0];
        // SAFETY: terminated arrays.
        unsafe {
            assert_eq!(wcsncmp(a.as_ptr(), b.as_ptr(), 5), 1);
            assert_eq!(wcsncmp(b.as_ptr(), a.as_ptr(), 5), -1);
            assert_eq!(wcsncmp(a.as_ptr(), b.as_ptr(), 1), 0);
            assert_eq!(wcsncmp(a.as_ptr(), a.as_ptr(), 9), 0);
        }
    }
}

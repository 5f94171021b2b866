//! `wcsncat` (C17 7.29.4.3.2; musl: src/string/wcsncat.c).
use crate::abi::types::{size_t, wchar_t};
use crate::string::wcslen::wcslen;

/// `wchar_t *wcsncat(wchar_t *restrict d, const wchar_t *restrict s, size_t n);`
///
/// Appends at most `n` characters of `s` and a terminator.
///
/// # Safety
/// `d` is a wide string with room for the result; `s` readable up to its terminator or `n`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsncat(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    // SAFETY: forwarded caller contract.
    unsafe {
        let mut e = d.add(wcslen(d));
        let mut i = 0;
        while i < n && *s.add(i) != 0 {
            *e = *s.add(i);
            e = e.add(1);
            i += 1;
        }
        *e = 0;
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends() {
        let mut d = [1, 0, 9, 9, 9];
        let s = [2, 3, 4, 0];
        // SAFETY: `d` has room for 1 + 2 + terminator.
        unsafe { wcsncat(d.as_mut_ptr(), s.as_ptr(), 2) };
        assert_eq!(d, [1, 2, 3, 0, 9]);
    }
}

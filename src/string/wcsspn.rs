//! `wcsspn` (C17 7.29.4.5.6; musl: src/string/wcsspn.c).
use crate::abi::types::{size_t, wchar_t};
use crate::string::wcschr::wcschr;

/// `size_t wcsspn(const wchar_t *s, const wchar_t *c);`
///
/// # Safety
/// `s` and `c` are wide strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsspn(s: *const wchar_t, c: *const wchar_t) -> size_t {
    let mut i = 0;
    // SAFETY: both strings are terminated; the terminator of `s` never matches.
    unsafe {
        while *s.add(i) != 0 && !wcschr(c, *s.add(i)).is_null() {
            i += 1;
        }
    }
    i
}

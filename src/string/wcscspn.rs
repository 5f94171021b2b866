//! `wcscspn` (C17 7.29.4.5.2; musl: src/string/wcscspn.c).
use crate::abi::types::{size_t, wchar_t};
use crate::string::wcschr::wcschr;

/// `size_t wcscspn(const wchar_t *s, const wchar_t *c);`
///
/// # Safety
/// `s` and `c` are wide strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcscspn(s: *const wchar_t, c: *const wchar_t) -> size_t {
    let mut i = 0;
    // SAFETY: both strings are terminated.
    unsafe {
        while *s.add(i) != 0 && wcschr(c, *s.add(i)).is_null() {
            i += 1;
        }
    }
    i
}

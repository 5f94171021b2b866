//! `wcschr` (C17 7.29.4.5.1; musl: src/string/wcschr.c).
use crate::abi::types::wchar_t;

/// `wchar_t *wcschr(const wchar_t *s, wchar_t c);`
///
/// The first `c` in `s` (the terminator when `c` is 0), or null.
///
/// # Safety
/// `s` is a wide string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcschr(s: *const wchar_t, c: wchar_t) -> *mut wchar_t {
    let mut p = s;
    loop {
        // SAFETY: stops at the terminator.
        let v = unsafe { *p };
        if v == c {
            return p.cast_mut();
        }
        if v == 0 {
            return core::ptr::null_mut();
        }
        // SAFETY: not past the terminator.
        p = unsafe { p.add(1) };
    }
}

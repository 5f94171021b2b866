//! `wcspbrk` (C17 7.29.4.5.3; musl: src/string/wcspbrk.c).
use crate::abi::types::wchar_t;
use crate::string::wcscspn::wcscspn;

/// `wchar_t *wcspbrk(const wchar_t *s, const wchar_t *b);`
///
/// # Safety
/// `s` and `b` are wide strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcspbrk(s: *const wchar_t, b: *const wchar_t) -> *mut wchar_t {
    // SAFETY: both strings are terminated; `p` stays within `s`.
    unsafe {
        let p = s.add(wcscspn(s, b));
        if *p != 0 {
            p.cast_mut()
        } else {
            core::ptr::null_mut()
        }
    }
}

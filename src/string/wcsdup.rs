//! `wcsdup` (POSIX.1-2008; musl: src/string/wcsdup.c).
use crate::abi::types::wchar_t;
use crate::string::{wcslen::wcslen, wmemcpy::wmemcpy};

/// `wchar_t *wcsdup(const wchar_t *s);`
///
/// # Safety
/// `s` is a wide string.
///
/// # Errors
/// Null with `ENOMEM` (set by `malloc`) when memory runs out.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsdup(s: *const wchar_t) -> *mut wchar_t {
    // SAFETY: `s` is terminated; the new block holds `l + 1` elements.
    unsafe {
        let l = wcslen(s);
        let d = crate::malloc::libc::malloc((l + 1) * 4) as *mut wchar_t;
        if d.is_null() {
            return d;
        }
        wmemcpy(d, s, l + 1)
    }
}

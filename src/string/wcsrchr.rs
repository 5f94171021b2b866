//! `wcsrchr` (C17 7.29.4.5.5; musl: src/string/wcsrchr.c).
use crate::abi::types::wchar_t;
use crate::string::wcslen::wcslen;

/// `wchar_t *wcsrchr(const wchar_t *s, wchar_t c);`
///
/// # Safety
/// `s` is a wide string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsrchr(s: *const wchar_t, c: wchar_t) -> *mut wchar_t {
    // SAFETY: scans `s` up to and including its terminator.
    unsafe {
        let mut i = wcslen(s) + 1;
        while i > 0 {
            i -= 1;
            if *s.add(i) == c {
                return s.add(i).cast_mut();
            }
        }
    }
    core::ptr::null_mut()
}

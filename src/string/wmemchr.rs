//! `wmemchr` (C17 7.29.4.5.9; musl: src/string/wmemchr.c).
use crate::abi::types::{size_t, wchar_t};

/// `wchar_t *wmemchr(const wchar_t *s, wchar_t c, size_t n);`
///
/// # Safety
/// `s` readable for `n` elements (or up to the first `c`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wmemchr(s: *const wchar_t, c: wchar_t, n: size_t) -> *mut wchar_t {
    for i in 0..n {
        // SAFETY: `i < n`, within the caller's buffer.
        unsafe {
            if *s.add(i) == c {
                return s.add(i).cast_mut();
            }
        }
    }
    core::ptr::null_mut()
}

//! `wmemset` (C17 7.29.4.6.2; musl: src/string/wmemset.c).
use crate::abi::types::{size_t, wchar_t};

/// `wchar_t *wmemset(wchar_t *d, wchar_t c, size_t n);`
///
/// # Safety
/// `d` writable for `n` elements.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wmemset(d: *mut wchar_t, c: wchar_t, n: size_t) -> *mut wchar_t {
    for i in 0..n {
        // SAFETY: `i < n`, within the caller's buffer.
        unsafe { *d.add(i) = c };
    }
    d
}

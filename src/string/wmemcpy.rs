//! `wmemcpy` (C17 7.29.4.2.3; musl: src/string/wmemcpy.c).
use crate::abi::types::{size_t, wchar_t};

/// `wchar_t *wmemcpy(wchar_t *restrict d, const wchar_t *restrict s, size_t n);`
///
/// # Safety
/// `s` readable and `d` writable for `n` elements; they don't overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wmemcpy(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    // SAFETY: forwarded caller contract; `n` elements fit in memory, so `n * 4` can't overflow.
    unsafe { crate::string::memcpy::memcpy(d.cast(), s.cast(), n.wrapping_mul(4)) };
    d
}

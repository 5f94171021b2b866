//! `wmemmove` (C17 7.29.4.2.4; musl: src/string/wmemmove.c).
use crate::abi::types::{size_t, wchar_t};

/// `wchar_t *wmemmove(wchar_t *d, const wchar_t *s, size_t n);`
///
/// # Safety
/// `s` readable and `d` writable for `n` elements; they may overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wmemmove(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> *mut wchar_t {
    // SAFETY: forwarded caller contract; `n` elements fit in memory.
    unsafe { crate::string::memmove::memmove(d.cast(), s.cast(), n.wrapping_mul(4)) };
    d
}

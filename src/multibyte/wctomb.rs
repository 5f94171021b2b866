//! `wctomb` (C17 7.22.7.3; musl: src/multibyte/wctomb.c).
use crate::abi::types::{c_char, c_int, wchar_t};

/// `int wctomb(char *s, wchar_t wc);` — stores `wc`'s bytes at `s` and returns their
/// number; with a null `s` returns 0 (no shift states).
///
/// # Safety
/// `s` null or writable for `MB_CUR_MAX` bytes.
///
/// # Errors
/// `EILSEQ` (returns -1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wctomb(s: *mut c_char, wc: wchar_t) -> c_int {
    if s.is_null() {
        return 0;
    }
    // SAFETY: forwarded contract.
    unsafe { super::wcrtomb::store(s, wc) as c_int }
}

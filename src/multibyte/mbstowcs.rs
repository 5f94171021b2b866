//! `mbstowcs` (C17 7.22.8.1; musl: src/multibyte/mbstowcs.c).
use crate::abi::types::{c_char, size_t, wchar_t};

/// `size_t mbstowcs(wchar_t *restrict pwcs, const char *restrict s, size_t n);` —
/// `mbsrtowcs(pwcs, &s, n, NULL)`: at most `n` wide characters, NUL included if it fits.
///
/// # Safety
/// `s` NUL-terminated; `pwcs` null or writable for `n` characters.
///
/// # Errors
/// `EILSEQ` (`(size_t)-1`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mbstowcs(pwcs: *mut wchar_t, s: *const c_char, n: size_t) -> size_t {
    let mut src = s;
    // SAFETY: forwarded contract.
    unsafe { super::mbsnrtowcs::convert(pwcs, &mut src, usize::MAX, n, core::ptr::null_mut()) }
}

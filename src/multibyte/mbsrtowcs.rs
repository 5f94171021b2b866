//! `mbsrtowcs` (C17 7.29.6.4.1; musl: src/multibyte/mbsrtowcs.c).
use crate::abi::types::{c_char, size_t, wchar_t};
use crate::abi::wchar::mbstate_t;

/// `size_t mbsrtowcs(wchar_t *restrict dst, const char **restrict src, size_t len,
///                   mbstate_t *restrict ps);`
///
/// Converts the string at `*src` into at most `len` wide characters at `dst`; returns
/// how many (not counting the NUL). Reaching the NUL stores `L'\0'` and sets `*src` to
/// NULL; otherwise `*src` points after the last character converted. A null `dst`
/// counts the whole string and leaves `*src` alone.
///
/// # Safety
/// `*src` is NUL-terminated; `dst` null or writable for `len` characters; `ps` null or
/// live.
///
/// # Errors
/// `EILSEQ` (`(size_t)-1`, `*src` at the bad byte when `dst` is non-null).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mbsrtowcs(
    dst: *mut wchar_t,
    src: *mut *const c_char,
    len: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    // SAFETY: a NUL-terminated source: decoding never reads past its NUL.
    unsafe { super::mbsnrtowcs::convert(dst, src, usize::MAX, len, ps) }
}

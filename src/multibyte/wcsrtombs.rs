//! `wcsrtombs` (C17 7.29.6.4.2; musl: src/multibyte/wcsrtombs.c).
use crate::abi::types::{c_char, size_t, wchar_t};
use crate::abi::wchar::mbstate_t;

/// `size_t wcsrtombs(char *restrict dst, const wchar_t **restrict src, size_t len,
///                   mbstate_t *restrict ps);`
///
/// Converts the wide string at `*src` into at most `len` bytes at `dst`, never splitting
/// a character; returns the bytes stored (NUL not counted). Reaching `L'\0'` stores the
/// NUL and sets `*src` to NULL; otherwise `*src` points at the first character not
/// converted. A null `dst` counts the bytes needed and leaves `*src` alone.
///
/// # Safety
/// `*src` is `L'\0'`-terminated; `dst` null or writable for `len` bytes.
///
/// # Errors
/// `EILSEQ` (`(size_t)-1`, `*src` at the bad character when `dst` is non-null).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsrtombs(
    dst: *mut c_char,
    src: *mut *const wchar_t,
    len: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    let _ = ps;
    // SAFETY: forwarded contract; the L'\0' bounds the walk.
    unsafe { super::wcsnrtombs::convert(dst, src, usize::MAX, len) }
}

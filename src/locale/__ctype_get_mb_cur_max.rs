//! `__ctype_get_mb_cur_max`, what `MB_CUR_MAX` expands to (musl:
//! src/locale/__ctype_get_mb_cur_max.c), and the one switch between musl's two
//! character encodings.
use crate::abi::types::size_t;

/// Whether `LC_CTYPE` of the calling thread's locale is UTF-8 (`MB_CUR_MAX == 4`). False
/// in the C/POSIX locale (the initial one), which in musl is "byte-safe UTF-8": bytes
/// below 0x80 are ASCII and each byte 0x80..=0xff maps to the wide character
/// `0xdf00 + byte` (and back). `setlocale` and `uselocale` flip it for "C.UTF-8", "" with
/// no locale variables set, etc.; every `src/multibyte` function follows it.
#[inline]
pub fn utf8_active() -> bool {
    super::locale_map::ctype_utf8()
}

/// `size_t __ctype_get_mb_cur_max(void);` — bytes in the longest multibyte character of
/// the current locale: 1 in the C locale, 4 in UTF-8.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __ctype_get_mb_cur_max() -> size_t {
    if utf8_active() { 4 } else { 1 }
}

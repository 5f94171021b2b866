//! `strftime_l` (POSIX strftime_l(); musl: src/time/strftime.c): rcc has only the C
//! locale, so the locale argument is accepted and ignored.
use crate::abi::locale::locale_t;
use crate::abi::time::tm;
use crate::abi::types::{c_char, size_t};

/// `size_t strftime_l(char *restrict s, size_t maxsize, const char *restrict format,
/// const struct tm *restrict timeptr, locale_t locale);`
///
/// # Safety
/// As for `strftime`; `locale` is not read.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strftime_l(
    s: *mut c_char,
    maxsize: size_t,
    format: *const c_char,
    timeptr: *const tm,
    _locale: locale_t,
) -> size_t {
    // SAFETY: the caller's guarantees are strftime's.
    unsafe { super::strftime::strftime(s, maxsize, format, timeptr) }
}

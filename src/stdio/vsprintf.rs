//! `vsprintf` (C17 7.21.6.13; musl: src/stdio/vsprintf.c).
use crate::abi::types::{c_char, c_int};
use crate::arch::va_list::VaListRaw;

/// `int vsprintf(char *restrict s, const char *restrict fmt, va_list ap);`
///
/// # Safety
/// `s` has room for the whole output and its NUL; `fmt` matches `ap`.
///
/// # Errors
/// As `vsnprintf`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vsprintf(s: *mut c_char, fmt: *const c_char, ap: *mut VaListRaw) -> c_int {
    // SAFETY: the caller promises room; the count can never exceed INT_MAX anyway.
    unsafe { super::vsnprintf::format_into(s, i32::MAX as usize + 1, fmt, ap) }
}

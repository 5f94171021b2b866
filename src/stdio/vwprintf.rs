//! `vwprintf` (C17 7.29.2.10; musl: src/stdio/vwprintf.c).
use crate::abi::types::{c_int, wchar_t};
use crate::arch::va_list::VaListRaw;

/// `int vwprintf(const wchar_t *restrict fmt, va_list ap);`: `vfwprintf(stdout, ...)`.
///
/// # Safety
/// `fmt` is a wide format whose conversions match `ap`.
///
/// # Errors
/// As `vfwprintf`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vwprintf(fmt: *const wchar_t, ap: *mut VaListRaw) -> c_int {
    // SAFETY: stdout is live; forwarded caller contract.
    unsafe { super::vfwprintf::wprint_to(super::file::stdout_file(), fmt, ap) }
}

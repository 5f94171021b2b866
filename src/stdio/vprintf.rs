//! `vprintf` (C17 7.21.6.10; musl: src/stdio/vprintf.c). `printf` and `fprintf` are in
//! src/shim/printf.c.
use crate::abi::types::{c_char, c_int};
use crate::arch::va_list::VaListRaw;

/// `int vprintf(const char *restrict fmt, va_list ap);`
///
/// # Safety
/// `fmt` matches `ap`.
///
/// # Errors
/// As `vfprintf` on `stdout`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vprintf(fmt: *const c_char, ap: *mut VaListRaw) -> c_int {
    // SAFETY: forwarded caller contract; stdout is always live.
    unsafe { super::vfprintf::vfprintf::print_to(crate::stdio::file::stdout_file(), fmt, ap) }
}

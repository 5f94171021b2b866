//! `vscanf` (C17 7.21.6.11; musl: src/stdio/vscanf.c). `scanf`, `fscanf` are in
//! src/shim/scanf.c.
use crate::abi::types::{c_char, c_int};
use crate::arch::va_list::VaListRaw;

/// `int vscanf(const char *restrict fmt, va_list ap);`
///
/// # Safety
/// `fmt` matches the pointers in `ap`.
///
/// # Errors
/// As `vfscanf` on `stdin`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vscanf(fmt: *const c_char, ap: *mut VaListRaw) -> c_int {
    // SAFETY: forwarded caller contract; stdin is always live.
    unsafe { super::vfscanf::vfscanf::scan_from(crate::stdio::file::stdin_file(), fmt, ap) }
}

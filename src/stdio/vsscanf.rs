//! `vsscanf` (C17 7.21.6.14; musl: src/stdio/vsscanf.c). `sscanf` is in src/shim/scanf.c.
use super::vfprintf::args::VaSource;
use super::vfscanf::engine::scanf_core;
use super::vfscanf::source::StrSource;
use crate::abi::types::{c_char, c_int};
use crate::arch::va_list::{VaList, VaListRaw};

/// `int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap);`
///
/// # Safety
/// `s` and `fmt` are NUL-terminated; `fmt` matches the pointers in `ap`.
///
/// # Errors
/// `ENOMEM` for a failed `%m` allocation.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vsscanf(
    s: *const c_char,
    fmt: *const c_char,
    ap: *mut VaListRaw,
) -> c_int {
    if s.is_null() || fmt.is_null() {
        crate::errno::set_errno(crate::abi::errno::EINVAL);
        return -1;
    }
    // SAFETY: caller contract: NUL-terminated strings and a live va_list.
    unsafe {
        let fmt = core::slice::from_raw_parts(fmt.cast::<u8>(), crate::string::strlen::strlen(fmt));
        let mut args = VaSource(VaList::from_ptr(ap));
        scanf_core(&mut StrSource { p: s.cast(), i: 0 }, fmt, &mut args)
    }
}

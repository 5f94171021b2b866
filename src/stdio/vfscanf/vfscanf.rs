//! `vfscanf` on a `FILE`, one lock per call (C17 7.21.6.9; musl: src/stdio/vfscanf.c).
use super::engine::scanf_core;
use super::source::FileSource;
use crate::abi::types::{c_char, c_int};
use crate::arch::va_list::{VaList, VaListRaw};
use crate::stdio::file::{File, lock, unlock};
use crate::stdio::vfprintf::args::VaSource;

/// Runs the engine on `f` with its lock held.
///
/// # Safety
/// `f` is a live stream; `fmt` is a format whose conversions match the pointers in `ap`.
pub unsafe fn scan_from(f: *mut File, fmt: *const c_char, ap: *mut VaListRaw) -> c_int {
    if f.is_null() || fmt.is_null() {
        crate::errno::set_errno(crate::abi::errno::EINVAL);
        return -1;
    }
    // SAFETY: caller contract: a NUL-terminated format, a live va_list and stream.
    unsafe {
        let fmt = core::slice::from_raw_parts(fmt.cast::<u8>(), crate::string::strlen::strlen(fmt));
        let mut args = VaSource(VaList::from_ptr(ap));
        let locked = lock(f);
        let r = scanf_core(&mut FileSource(f), fmt, &mut args);
        if locked {
            unlock(f);
        }
        r
    }
}

/// `int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap);`
///
/// Returns the number of assignments, or `EOF` if input ended (or failed) before the
/// first conversion.
///
/// # Safety
/// `f` is a live stream; `fmt` matches the pointers in `ap`.
///
/// # Errors
/// The stream's read errors; `ENOMEM` for a failed `%m` allocation.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vfscanf(f: *mut File, fmt: *const c_char, ap: *mut VaListRaw) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { scan_from(f, fmt, ap) }
}

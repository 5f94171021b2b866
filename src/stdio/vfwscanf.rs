//! `vfwscanf` and `vwscanf` (C17 7.29.2.8, 7.29.2.10; musl: src/stdio/vfwscanf.c,
//! vwscanf.c). The stream's bytes already are the multibyte form of its wide characters,
//! so the byte engine reads them directly against the multibyte form of the format.
// DIFF(musl): in UTF-8 mode field widths count bytes, not wide characters, and `%n`
// stores a byte count.
use super::file::{File, lock, unlock};
use super::vfprintf::args::VaSource;
use super::vfscanf::engine::scanf_core;
use super::vfscanf::source::FileSource;
use crate::abi::types::{c_int, wchar_t};
use crate::arch::va_list::{VaList, VaListRaw};

/// Runs the engine on `f` with its lock held, orienting it wide.
///
/// # Safety
/// `f` is a live stream; `fmt` is a wide format matching the pointers in `ap`.
unsafe fn wscan_from(f: *mut File, fmt: *const wchar_t, ap: *mut VaListRaw) -> c_int {
    if f.is_null() || fmt.is_null() {
        crate::errno::set_errno(crate::abi::errno::EINVAL);
        return -1;
    }
    // SAFETY: caller contract: a wide format, a live va_list and stream; the block is ours.
    unsafe {
        let (buf, n) = match super::vfwprintf::narrow_format(fmt) {
            Ok(v) => v,
            Err(e) => {
                crate::errno::set_errno(e);
                return -1;
            }
        };
        let mut args = VaSource(VaList::from_ptr(ap));
        let locked = lock(f);
        super::fwide::orient(f, 1);
        let r = scanf_core(
            &mut FileSource(f),
            core::slice::from_raw_parts(buf, n),
            &mut args,
        );
        if locked {
            unlock(f);
        }
        crate::malloc::libc::free(buf.cast());
        r
    }
}

/// `int vfwscanf(FILE *restrict f, const wchar_t *restrict fmt, va_list ap);`
///
/// # Safety
/// `f` is a live stream; `fmt` matches the pointers in `ap`.
///
/// # Errors
/// The stream's read errors; `EILSEQ` for a format character with no multibyte form.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vfwscanf(f: *mut File, fmt: *const wchar_t, ap: *mut VaListRaw) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { wscan_from(f, fmt, ap) }
}

/// `int vwscanf(const wchar_t *restrict fmt, va_list ap);`: `vfwscanf(stdin, ...)`.
///
/// # Safety
/// `fmt` matches the pointers in `ap`.
///
/// # Errors
/// As `vfwscanf`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vwscanf(fmt: *const wchar_t, ap: *mut VaListRaw) -> c_int {
    // SAFETY: stdin is always live; forwarded caller contract.
    unsafe { wscan_from(super::file::stdin_file(), fmt, ap) }
}

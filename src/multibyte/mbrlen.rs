//! `mbrlen` (C17 7.29.6.3.1; musl: src/multibyte/mbrlen.c).
use crate::abi::types::{c_char, size_t};
use crate::abi::wchar::mbstate_t;

/// `mbrlen`'s own state for a null `ps` (distinct from `mbrtowc`'s, as C requires).
static mut INTERNAL: mbstate_t = mbstate_t {
    __opaque1: 0,
    __opaque2: 0,
};

/// `size_t mbrlen(const char *restrict s, size_t n, mbstate_t *restrict ps);` —
/// `mbrtowc(NULL, s, n, ps)`.
///
/// # Safety
/// As `mbrtowc`.
///
/// # Errors
/// `EILSEQ`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mbrlen(s: *const c_char, n: size_t, ps: *mut mbstate_t) -> size_t {
    let st = if ps.is_null() { &raw mut INTERNAL } else { ps };
    // SAFETY: forwarded contract; st is live.
    unsafe { super::mbrtowc::convert(core::ptr::null_mut(), s, n, st) }
}

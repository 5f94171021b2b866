//! `wcsxfrm`, `wcsxfrm_l` (C17 7.29.4.4.4; musl: src/locale/wcsxfrm.c). The C-locale
//! transform is the identity.
use crate::abi::locale::locale_t;
use crate::abi::types::{size_t, wchar_t};
use crate::string::{wcslen::wcslen, wmemcpy::wmemcpy};

/// `size_t wcsxfrm(wchar_t *restrict d, const wchar_t *restrict s, size_t n);`
///
/// Copies `s` into `d` when it fits in `n` elements; returns `wcslen(s)` either way.
///
/// # Safety
/// `s` is a wide string; `d` writable for `n` elements.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsxfrm(d: *mut wchar_t, s: *const wchar_t, n: size_t) -> size_t {
    // SAFETY: forwarded caller contract; at most `n` elements are written.
    unsafe {
        let l = wcslen(s);
        if l < n {
            wmemcpy(d, s, l + 1);
        } else if n != 0 {
            // As musl: fill what fits and terminate, so the buffer is a valid string.
            wmemcpy(d, s, n - 1);
            *d.add(n - 1) = 0;
        }
        l
    }
}

/// `size_t __wcsxfrm_l(wchar_t *restrict d, const wchar_t *restrict s, size_t n, locale_t loc);`
/// (also `wcsxfrm_l`)
///
/// # Safety
/// As `wcsxfrm`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __wcsxfrm_l(
    d: *mut wchar_t,
    s: *const wchar_t,
    n: size_t,
    _loc: locale_t,
) -> size_t {
    // SAFETY: forwarded caller contract.
    unsafe { wcsxfrm(d, s, n) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak wcsxfrm_l", ".set wcsxfrm_l, __wcsxfrm_l");

//! `wctrans`, `towctrans` and their `_l` forms (C17 7.30.3.2; musl: src/ctype/wctrans.c).
//! As musl, a `wctrans_t` is the pointer value 1 (toupper) or 2 (tolower), or null.
use crate::abi::locale::locale_t;
use crate::abi::types::c_char;
use crate::abi::wchar::wint_t;
use crate::abi::wctype::wctrans_t;
use crate::ctype::towctrans::casemap;

/// `wctrans_t wctrans(const char *name);`
///
/// # Safety
/// `name` is a C string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wctrans(name: *const c_char) -> wctrans_t {
    // SAFETY: `name` is a C string; the comparison stops at its NUL.
    let n = unsafe { core::ffi::CStr::from_ptr(name) }.to_bytes();
    let v: usize = match n {
        b"toupper" => 1,
        b"tolower" => 2,
        _ => 0,
    };
    v as wctrans_t
}

/// `wint_t towctrans(wint_t wc, wctrans_t t);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn towctrans(wc: wint_t, t: wctrans_t) -> wint_t {
    match t as usize {
        1 => casemap(wc, true),
        2 => casemap(wc, false),
        _ => wc,
    }
}

/// `wctrans_t __wctrans_l(const char *name, locale_t loc);` (also `wctrans_l`)
///
/// # Safety
/// `name` is a C string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __wctrans_l(name: *const c_char, _loc: locale_t) -> wctrans_t {
    // SAFETY: forwarded caller contract.
    unsafe { wctrans(name) }
}

/// `wint_t __towctrans_l(wint_t wc, wctrans_t t, locale_t loc);` (also `towctrans_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __towctrans_l(wc: wint_t, t: wctrans_t, _loc: locale_t) -> wint_t {
    towctrans(wc, t)
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak wctrans_l",
    ".set wctrans_l, __wctrans_l",
    ".weak towctrans_l",
    ".set towctrans_l, __towctrans_l"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        // SAFETY: literal C strings.
        unsafe {
            let u = wctrans(c"toupper".as_ptr());
            let l = wctrans(c"tolower".as_ptr());
            assert!(wctrans(c"upper".as_ptr()).is_null());
            assert_eq!(towctrans('a' as u32, u), 'A' as u32);
            assert_eq!(towctrans('A' as u32, l), 'a' as u32);
            assert_eq!(towctrans('A' as u32, core::ptr::null()), 'A' as u32);
        }
    }
}

//! `wctype`, `iswctype` and their `_l` forms (C17 7.30.2.2; musl: src/ctype/wctype.c,
//! iswctype.c). As musl, a `wctype_t` is 1..=12 in the order of `NAMES`, or 0.
use crate::abi::locale::locale_t;
use crate::abi::types::{c_char, c_int};
use crate::abi::wchar::wint_t;
use crate::abi::wctype::wctype_t;
use crate::ctype::{
    iswalnum::iswalnum, iswalpha::iswalpha, iswblank::iswblank, iswcntrl::iswcntrl,
    iswdigit::iswdigit, iswgraph::iswgraph, iswlower::iswlower, iswprint::iswprint,
    iswpunct::iswpunct, iswspace::iswspace, iswupper::iswupper, iswxdigit::iswxdigit,
};

/// The class names, in `wctype_t` order (index + 1).
const NAMES: [&[u8]; 12] = [
    b"alnum", b"alpha", b"blank", b"cntrl", b"digit", b"graph", b"lower", b"print", b"punct",
    b"space", b"upper", b"xdigit",
];

/// The classifiers, in `wctype_t` order (index + 1).
const CLASSES: [extern "C" fn(wint_t) -> c_int; 12] = [
    iswalnum, iswalpha, iswblank, iswcntrl, iswdigit, iswgraph, iswlower, iswprint, iswpunct,
    iswspace, iswupper, iswxdigit,
];

/// `wctype_t wctype(const char *name);`
///
/// # Safety
/// `name` is a C string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wctype(name: *const c_char) -> wctype_t {
    // SAFETY: `name` is a C string.
    let n = unsafe { core::ffi::CStr::from_ptr(name) }.to_bytes();
    NAMES
        .iter()
        .position(|&x| x == n)
        .map_or(0, |i| i as wctype_t + 1)
}

/// `int iswctype(wint_t wc, wctype_t t);`
///
/// 0 for an unknown class.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswctype(wc: wint_t, t: wctype_t) -> c_int {
    match t.checked_sub(1).and_then(|i| CLASSES.get(i as usize)) {
        Some(f) => f(wc),
        None => 0,
    }
}

/// `wctype_t __wctype_l(const char *name, locale_t loc);` (also `wctype_l`)
///
/// # Safety
/// `name` is a C string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __wctype_l(name: *const c_char, _loc: locale_t) -> wctype_t {
    // SAFETY: forwarded caller contract.
    unsafe { wctype(name) }
}

/// `int __iswctype_l(wint_t wc, wctype_t t, locale_t loc);` (also `iswctype_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswctype_l(wc: wint_t, t: wctype_t, _loc: locale_t) -> c_int {
    iswctype(wc, t)
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak wctype_l",
    ".set wctype_l, __wctype_l",
    ".weak iswctype_l",
    ".set iswctype_l, __iswctype_l"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup() {
        // SAFETY: literal C strings.
        unsafe {
            assert_eq!(wctype(c"alnum".as_ptr()), 1);
            assert_eq!(wctype(c"xdigit".as_ptr()), 12);
            assert_eq!(wctype(c"bogus".as_ptr()), 0);
            assert_eq!(iswctype('a' as u32, wctype(c"alpha".as_ptr())), 1);
            assert_eq!(iswctype('a' as u32, wctype(c"digit".as_ptr())), 0);
        }
        assert_eq!(iswctype('a' as u32, 0), 0);
        assert_eq!(iswctype('a' as u32, 99), 0);
    }
}

//! `iswalnum`, `iswalnum_l` (C17 7.30.2.1; musl: src/ctype/iswalnum.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswalnum(wint_t wc);`
///
/// `iswalpha || iswdigit`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswalnum(wc: wint_t) -> c_int {
    (crate::ctype::iswdigit::iswdigit(wc) != 0 || crate::ctype::iswalpha::iswalpha(wc) != 0)
        as c_int
}

/// `int __iswalnum_l(wint_t wc, locale_t loc);` (also `iswalnum_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswalnum_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswalnum(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswalnum_l", ".set iswalnum_l, __iswalnum_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswalnum('7' as u32), 1);
        assert_eq!(iswalnum('-' as u32), 0);
    }
}

//! `iswlower`, `iswlower_l` (C17 7.30.2.1; musl: src/ctype/iswlower.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswlower(wint_t wc);`
///
/// As musl: `towupper(wc) != wc`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswlower(wc: wint_t) -> c_int {
    (crate::ctype::towctrans::casemap(wc, true) != wc) as c_int
}

/// `int __iswlower_l(wint_t wc, locale_t loc);` (also `iswlower_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswlower_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswlower(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswlower_l", ".set iswlower_l, __iswlower_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswlower('q' as u32), 1);
        assert_eq!(iswlower('Q' as u32), 0);
        assert_eq!(iswlower(0x3b1), 1);
    }
}

//! `iswdigit`, `iswdigit_l` (C17 7.30.2.1; musl: src/ctype/iswdigit.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswdigit(wint_t wc);`
///
/// ASCII `0`..`9` only, as C requires.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswdigit(wc: wint_t) -> c_int {
    (wc.wrapping_sub('0' as u32) < 10) as c_int
}

/// `int __iswdigit_l(wint_t wc, locale_t loc);` (also `iswdigit_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswdigit_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswdigit(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswdigit_l", ".set iswdigit_l, __iswdigit_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswdigit('7' as u32), 1);
        assert_eq!(iswdigit(0x663), 0);
    }
}

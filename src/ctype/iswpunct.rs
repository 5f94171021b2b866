//! `iswpunct`, `iswpunct_l` (C17 7.30.2.1; musl: src/ctype/iswpunct.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswpunct(wint_t wc);`
///
/// General categories P* and S* below U+20000 (so ASCII punctuation and symbols, as `ispunct`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswpunct(wc: wint_t) -> c_int {
    (wc < 0x20000 && crate::ctype::tables::in_table(&crate::ctype::tables::PUNCT, wc)) as c_int
}

/// `int __iswpunct_l(wint_t wc, locale_t loc);` (also `iswpunct_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswpunct_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswpunct(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswpunct_l", ".set iswpunct_l, __iswpunct_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswpunct('$' as u32), 1);
        assert_eq!(iswpunct('a' as u32), 0);
        assert_eq!(iswpunct(0xbf), 1);
        assert_eq!(iswpunct(0x3001), 1);
    }
}

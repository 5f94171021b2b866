//! `iswprint`, `iswprint_l` (C17 7.30.2.1; musl: src/ctype/iswprint.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswprint(wint_t wc);`
///
/// As musl: printable unless control, a line/paragraph separator, an interlinear annotation, a surrogate, a noncharacter ending in FFFE/FFFF, or outside Unicode.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswprint(wc: wint_t) -> c_int {
    if wc < 0xff {
        return (((wc + 1) & 0x7f) >= 0x21) as c_int;
    }
    if wc < 0x2028
        || wc.wrapping_sub(0x202a) < 0xd800 - 0x202a
        || wc.wrapping_sub(0xe000) < 0xfff9 - 0xe000
    {
        return 1;
    }
    if wc.wrapping_sub(0xfffc) > 0x10ffff - 0xfffc || (wc & 0xfffe) == 0xfffe {
        return 0;
    }
    1
}

/// `int __iswprint_l(wint_t wc, locale_t loc);` (also `iswprint_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswprint_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswprint(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswprint_l", ".set iswprint_l, __iswprint_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswprint(' ' as u32), 1);
        assert_eq!(iswprint(0x7f), 0);
        assert_eq!(iswprint(0xa0), 1);
        assert_eq!(iswprint(0xd800), 0);
        assert_eq!(iswprint(0x1fffe), 0);
        assert_eq!(iswprint(0x110000), 0);
    }
}

//! `iswblank`, `iswblank_l` (C17 7.30.2.1; musl: src/ctype/iswblank.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswblank(wint_t wc);`
///
/// Space and tab, as musl.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswblank(wc: wint_t) -> c_int {
    (wc == ' ' as u32 || wc == '\t' as u32) as c_int
}

/// `int __iswblank_l(wint_t wc, locale_t loc);` (also `iswblank_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswblank_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswblank(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswblank_l", ".set iswblank_l, __iswblank_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswblank('\t' as u32), 1);
        assert_eq!(iswblank(0x3000), 0);
    }
}

//! `iswupper`, `iswupper_l` (C17 7.30.2.1; musl: src/ctype/iswupper.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswupper(wint_t wc);`
///
/// As musl: `towlower(wc) != wc`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswupper(wc: wint_t) -> c_int {
    (crate::ctype::towctrans::casemap(wc, false) != wc) as c_int
}

/// `int __iswupper_l(wint_t wc, locale_t loc);` (also `iswupper_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswupper_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswupper(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswupper_l", ".set iswupper_l, __iswupper_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswupper('Q' as u32), 1);
        assert_eq!(iswupper('q' as u32), 0);
        assert_eq!(iswupper(0x410), 1);
    }
}

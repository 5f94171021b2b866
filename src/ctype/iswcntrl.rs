//! `iswcntrl`, `iswcntrl_l` (C17 7.30.2.1; musl: src/ctype/iswcntrl.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswcntrl(wint_t wc);`
///
/// C0, DEL, C1, U+2028/U+2029 and U+FFF9..U+FFFB, as musl.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswcntrl(wc: wint_t) -> c_int {
    (wc < 32
        || wc.wrapping_sub(0x7f) < 33
        || wc.wrapping_sub(0x2028) < 2
        || wc.wrapping_sub(0xfff9) < 3) as c_int
}

/// `int __iswcntrl_l(wint_t wc, locale_t loc);` (also `iswcntrl_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswcntrl_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswcntrl(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswcntrl_l", ".set iswcntrl_l, __iswcntrl_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswcntrl(0x85), 1);
        assert_eq!(iswcntrl('a' as u32), 0);
    }
}

//! `iswxdigit`, `iswxdigit_l` (C17 7.30.2.1; musl: src/ctype/iswxdigit.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswxdigit(wint_t wc);`
///
/// ASCII hexadecimal digits only.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswxdigit(wc: wint_t) -> c_int {
    (wc.wrapping_sub('0' as u32) < 10 || (wc | 32).wrapping_sub('a' as u32) < 6) as c_int
}

/// `int __iswxdigit_l(wint_t wc, locale_t loc);` (also `iswxdigit_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswxdigit_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswxdigit(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswxdigit_l", ".set iswxdigit_l, __iswxdigit_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswxdigit('F' as u32), 1);
        assert_eq!(iswxdigit('g' as u32), 0);
    }
}

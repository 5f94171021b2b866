//! `iswspace`, `iswspace_l` (C17 7.30.2.1; musl: src/ctype/iswspace.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswspace(wint_t wc);`
///
/// The musl set: ASCII white space, U+0085, U+1680, U+2000..U+2006, U+2008..U+200A, U+2028, U+2029, U+205F, U+3000 (no-break spaces excluded).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswspace(wc: wint_t) -> c_int {
    (matches!(wc, 0x09..=0x0d | 0x20 | 0x85 | 0x1680 | 0x2000..=0x2006 | 0x2008..=0x200a | 0x2028 | 0x2029 | 0x205f | 0x3000))
        as c_int
}

/// `int __iswspace_l(wint_t wc, locale_t loc);` (also `iswspace_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswspace_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswspace(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswspace_l", ".set iswspace_l, __iswspace_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswspace('\n' as u32), 1);
        assert_eq!(iswspace(0xa0), 0);
        assert_eq!(iswspace(0x3000), 1);
    }
}

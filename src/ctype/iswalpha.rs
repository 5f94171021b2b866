//! `iswalpha`, `iswalpha_l` (C17 7.30.2.1; musl: src/ctype/iswalpha.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswalpha(wint_t wc);`
///
/// Unicode Alphabetic (core's table) below U+20000; as musl, every code point in U+20000..U+2FFFD (CJK extensions).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswalpha(wc: wint_t) -> c_int {
    (if wc < 0x20000 {
        char::from_u32(wc).is_some_and(char::is_alphabetic)
    } else {
        wc < 0x2fffe
    }) as c_int
}

/// `int __iswalpha_l(wint_t wc, locale_t loc);` (also `iswalpha_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswalpha_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswalpha(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswalpha_l", ".set iswalpha_l, __iswalpha_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        for (c, v) in [
            ('a', 1),
            ('Z', 1),
            ('1', 0),
            ('_', 0),
            ('é', 1),
            ('Ж', 1),
            ('中', 1),
            (' ', 0),
        ] {
            assert_eq!(iswalpha(c as u32), v, "{c}");
        }
        assert_eq!(iswalpha(0xffff_ffff), 0);
    }
}

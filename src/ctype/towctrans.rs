//! `towlower`, `towupper` and their `_l` forms (C17 7.30.3.1; musl: src/ctype/towctrans.c).
//!
//! Simple (one-to-one) Unicode case mapping from core's tables: a character whose full
//! mapping is a single character maps to it; U+0130 lowercases to `i` (its simple mapping);
//! every other character with a multi-character mapping (ß, ŉ, the Greek iota-subscript
//! forms U+1F80..U+1FFC...) maps to itself.
// DIFF(musl): musl uppercases U+1F80..U+1FAF/U+1FB3/U+1FC3/U+1FF3 to their titlecase
// simple mappings; rcc leaves them unchanged. Unicode versions may differ at the edges.
use crate::abi::locale::locale_t;
use crate::abi::wchar::wint_t;

/// The simple case mapping of `wc` (`upper` selects the direction); itself when none.
pub fn casemap(wc: wint_t, upper: bool) -> wint_t {
    if wc < 0x80 {
        let b = wc as u8;
        return if upper {
            b.to_ascii_uppercase()
        } else {
            b.to_ascii_lowercase()
        } as wint_t;
    }
    let Some(c) = char::from_u32(wc) else {
        return wc;
    };
    if !upper && wc == 0x130 {
        return 'i' as wint_t;
    }
    if upper {
        let m = c.to_uppercase();
        if m.len() == 1 {
            return m.into_iter().next().map_or(wc, |x| x as wint_t);
        }
    } else {
        let m = c.to_lowercase();
        if m.len() == 1 {
            return m.into_iter().next().map_or(wc, |x| x as wint_t);
        }
    }
    wc
}

/// `wint_t towlower(wint_t wc);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn towlower(wc: wint_t) -> wint_t {
    casemap(wc, false)
}

/// `wint_t towupper(wint_t wc);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn towupper(wc: wint_t) -> wint_t {
    casemap(wc, true)
}

/// `wint_t __towlower_l(wint_t wc, locale_t loc);` (also `towlower_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __towlower_l(wc: wint_t, _loc: locale_t) -> wint_t {
    casemap(wc, false)
}

/// `wint_t __towupper_l(wint_t wc, locale_t loc);` (also `towupper_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __towupper_l(wc: wint_t, _loc: locale_t) -> wint_t {
    casemap(wc, true)
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak towlower_l",
    ".set towlower_l, __towlower_l",
    ".weak towupper_l",
    ".set towupper_l, __towupper_l"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mappings() {
        assert_eq!(towupper('a' as u32), 'A' as u32);
        assert_eq!(towlower('Z' as u32), 'z' as u32);
        assert_eq!(towupper(0xe9), 0xc9);
        assert_eq!(towlower(0x391), 0x3b1);
        assert_eq!(towupper(0x3c2), 0x3a3);
        assert_eq!(towlower(0x416), 0x436);
        assert_eq!(towupper(0xdf), 0xdf);
        assert_eq!(towlower(0x130), 'i' as u32);
        assert_eq!(towupper(0xffff_ffff), 0xffff_ffff);
        assert_eq!(towupper(0xd800), 0xd800);
        assert_eq!(towupper('1' as u32), '1' as u32);
    }
}

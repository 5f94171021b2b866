//! `isblank`, `isblank_l` (C11 7.4.1.3, POSIX.1-2008; musl: src/ctype/isblank.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{BLANK, has};

/// `int isblank(int c);`
///
/// 1 if `c` is a space or a horizontal tab, else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isblank(c: c_int) -> c_int {
    has(c, BLANK) as c_int
}

/// `int __isblank_l(int c, locale_t loc);` (exported as `isblank_l`)
///
/// `isblank` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __isblank_l(c: c_int, _loc: locale_t) -> c_int {
    isblank(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak isblank_l", ".set isblank_l, __isblank_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(isblank(c as c_int) != 0, c == b' ' || c == b'\t', "c={c}");
        }
        assert_eq!(isblank(-1), 0);
        assert_eq!(__isblank_l(-1, core::ptr::null_mut()), 0);
    }
}

//! `ispunct`, `ispunct_l` (C11 7.4.1.9, POSIX.1-2008; musl: src/ctype/ispunct.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{PUNCT, has};

/// `int ispunct(int c);`
///
/// 1 if `c` is a printing character that is neither a space nor alphanumeric, else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ispunct(c: c_int) -> c_int {
    has(c, PUNCT) as c_int
}

/// `int __ispunct_l(int c, locale_t loc);` (exported as `ispunct_l`)
///
/// `ispunct` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __ispunct_l(c: c_int, _loc: locale_t) -> c_int {
    ispunct(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak ispunct_l", ".set ispunct_l, __ispunct_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(ispunct(c as c_int) != 0, c.is_ascii_punctuation(), "c={c}");
        }
        assert_eq!(ispunct(-1), 0);
        assert_eq!(__ispunct_l(-1, core::ptr::null_mut()), 0);
    }
}

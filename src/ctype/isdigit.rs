//! `isdigit`, `isdigit_l` (C11 7.4.1.5, POSIX.1-2008; musl: src/ctype/isdigit.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{DIGIT, has};

/// `int isdigit(int c);`
///
/// 1 if `c` is a decimal digit, else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isdigit(c: c_int) -> c_int {
    has(c, DIGIT) as c_int
}

/// `int __isdigit_l(int c, locale_t loc);` (exported as `isdigit_l`)
///
/// `isdigit` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __isdigit_l(c: c_int, _loc: locale_t) -> c_int {
    isdigit(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak isdigit_l", ".set isdigit_l, __isdigit_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(isdigit(c as c_int) != 0, c.is_ascii_digit(), "c={c}");
        }
        assert_eq!(isdigit(-1), 0);
        assert_eq!(__isdigit_l(-1, core::ptr::null_mut()), 0);
    }
}

//! `isalpha`, `isalpha_l` (C11 7.4.1.2, POSIX.1-2008; musl: src/ctype/isalpha.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{ALPHA, has};

/// `int isalpha(int c);`
///
/// 1 if `c` is an ASCII letter, else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isalpha(c: c_int) -> c_int {
    has(c, ALPHA) as c_int
}

/// `int __isalpha_l(int c, locale_t loc);` (exported as `isalpha_l`)
///
/// `isalpha` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __isalpha_l(c: c_int, _loc: locale_t) -> c_int {
    isalpha(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak isalpha_l", ".set isalpha_l, __isalpha_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(isalpha(c as c_int) != 0, c.is_ascii_alphabetic(), "c={c}");
        }
        assert_eq!(isalpha(-1), 0);
        assert_eq!(__isalpha_l(-1, core::ptr::null_mut()), 0);
    }
}

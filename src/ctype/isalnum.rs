//! `isalnum`, `isalnum_l` (C11 7.4.1.1, POSIX.1-2008; musl: src/ctype/isalnum.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{ALNUM, has};

/// `int isalnum(int c);`
///
/// 1 if `c` is an ASCII letter or digit, else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isalnum(c: c_int) -> c_int {
    has(c, ALNUM) as c_int
}

/// `int __isalnum_l(int c, locale_t loc);` (exported as `isalnum_l`)
///
/// `isalnum` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __isalnum_l(c: c_int, _loc: locale_t) -> c_int {
    isalnum(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak isalnum_l", ".set isalnum_l, __isalnum_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(isalnum(c as c_int) != 0, c.is_ascii_alphanumeric(), "c={c}");
        }
        assert_eq!(isalnum(-1), 0);
        assert_eq!(__isalnum_l(-1, core::ptr::null_mut()), 0);
    }
}

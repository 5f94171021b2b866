//! `isupper`, `isupper_l` (C11 7.4.1.11, POSIX.1-2008; musl: src/ctype/isupper.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{UPPER, has};

/// `int isupper(int c);`
///
/// 1 if `c` is an ASCII upper-case letter, else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isupper(c: c_int) -> c_int {
    has(c, UPPER) as c_int
}

/// `int __isupper_l(int c, locale_t loc);` (exported as `isupper_l`)
///
/// `isupper` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __isupper_l(c: c_int, _loc: locale_t) -> c_int {
    isupper(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak isupper_l", ".set isupper_l, __isupper_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(isupper(c as c_int) != 0, c.is_ascii_uppercase(), "c={c}");
        }
        assert_eq!(isupper(-1), 0);
        assert_eq!(__isupper_l(-1, core::ptr::null_mut()), 0);
    }
}

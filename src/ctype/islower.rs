//! `islower`, `islower_l` (C11 7.4.1.7, POSIX.1-2008; musl: src/ctype/islower.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{LOWER, has};

/// `int islower(int c);`
///
/// 1 if `c` is an ASCII lower-case letter, else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn islower(c: c_int) -> c_int {
    has(c, LOWER) as c_int
}

/// `int __islower_l(int c, locale_t loc);` (exported as `islower_l`)
///
/// `islower` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __islower_l(c: c_int, _loc: locale_t) -> c_int {
    islower(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak islower_l", ".set islower_l, __islower_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(islower(c as c_int) != 0, c.is_ascii_lowercase(), "c={c}");
        }
        assert_eq!(islower(-1), 0);
        assert_eq!(__islower_l(-1, core::ptr::null_mut()), 0);
    }
}

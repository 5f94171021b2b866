//! `isprint`, `isprint_l` (C11 7.4.1.8, POSIX.1-2008; musl: src/ctype/isprint.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{PRINT, has};

/// `int isprint(int c);`
///
/// 1 if `c` is a printing character, space included, else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isprint(c: c_int) -> c_int {
    has(c, PRINT) as c_int
}

/// `int __isprint_l(int c, locale_t loc);` (exported as `isprint_l`)
///
/// `isprint` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __isprint_l(c: c_int, _loc: locale_t) -> c_int {
    isprint(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak isprint_l", ".set isprint_l, __isprint_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(
                isprint(c as c_int) != 0,
                c == b' ' || c.is_ascii_graphic(),
                "c={c}"
            );
        }
        assert_eq!(isprint(-1), 0);
        assert_eq!(__isprint_l(-1, core::ptr::null_mut()), 0);
    }
}

//! `isxdigit`, `isxdigit_l` (C11 7.4.1.12, POSIX.1-2008; musl: src/ctype/isxdigit.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{XDIGIT, has};

/// `int isxdigit(int c);`
///
/// 1 if `c` is a hexadecimal digit, else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isxdigit(c: c_int) -> c_int {
    has(c, XDIGIT) as c_int
}

/// `int __isxdigit_l(int c, locale_t loc);` (exported as `isxdigit_l`)
///
/// `isxdigit` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __isxdigit_l(c: c_int, _loc: locale_t) -> c_int {
    isxdigit(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak isxdigit_l", ".set isxdigit_l, __isxdigit_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(isxdigit(c as c_int) != 0, c.is_ascii_hexdigit(), "c={c}");
        }
        assert_eq!(isxdigit(-1), 0);
        assert_eq!(__isxdigit_l(-1, core::ptr::null_mut()), 0);
    }
}

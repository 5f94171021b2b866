//! `isspace`, `isspace_l` (C11 7.4.1.10, POSIX.1-2008; musl: src/ctype/isspace.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{SPACE, has};

/// `int isspace(int c);`
///
/// 1 if `c` is a white-space character (space, \\t \\n \\v \\f \\r), else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isspace(c: c_int) -> c_int {
    has(c, SPACE) as c_int
}

/// `int __isspace_l(int c, locale_t loc);` (exported as `isspace_l`)
///
/// `isspace` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __isspace_l(c: c_int, _loc: locale_t) -> c_int {
    isspace(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak isspace_l", ".set isspace_l, __isspace_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(
                isspace(c as c_int) != 0,
                c == b' ' || (9..=13).contains(&c),
                "c={c}"
            );
        }
        assert_eq!(isspace(-1), 0);
        assert_eq!(__isspace_l(-1, core::ptr::null_mut()), 0);
    }
}

//! `iscntrl`, `iscntrl_l` (C11 7.4.1.4, POSIX.1-2008; musl: src/ctype/iscntrl.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{CNTRL, has};

/// `int iscntrl(int c);`
///
/// 1 if `c` is a control character (0x00..=0x1f and 0x7f), else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iscntrl(c: c_int) -> c_int {
    has(c, CNTRL) as c_int
}

/// `int __iscntrl_l(int c, locale_t loc);` (exported as `iscntrl_l`)
///
/// `iscntrl` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iscntrl_l(c: c_int, _loc: locale_t) -> c_int {
    iscntrl(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iscntrl_l", ".set iscntrl_l, __iscntrl_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(iscntrl(c as c_int) != 0, c.is_ascii_control(), "c={c}");
        }
        assert_eq!(iscntrl(-1), 0);
        assert_eq!(__iscntrl_l(-1, core::ptr::null_mut()), 0);
    }
}

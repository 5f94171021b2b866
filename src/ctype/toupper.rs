//! `toupper`, `toupper_l` (C11 7.4.2.2, POSIX.1-2008; musl: src/ctype/toupper.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;

/// Upper-cases an ASCII letter, returns any other value unchanged.
#[inline(always)]
pub(crate) fn upper(c: c_int) -> c_int {
    if (c as u32).wrapping_sub(b'a' as u32) < 26 {
        c & !32
    } else {
        c
    }
}

/// `int toupper(int c);`
///
/// The upper-case letter for a lower-case `c`; any other value is returned unchanged.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn toupper(c: c_int) -> c_int {
    upper(c)
}

/// `int __toupper_l(int c, locale_t loc);` (exported as `toupper_l`)
///
/// `toupper` in `loc`; every rcc locale maps case as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __toupper_l(c: c_int, _loc: locale_t) -> c_int {
    upper(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak toupper_l", ".set toupper_l, __toupper_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(toupper(c as c_int), c.to_ascii_uppercase() as c_int);
        }
        assert_eq!(toupper(-1), -1);
        assert_eq!(
            __toupper_l(b'q' as c_int, core::ptr::null_mut()),
            b'Q' as c_int
        );
    }
}

//! `tolower`, `tolower_l` (C11 7.4.2.1, POSIX.1-2008; musl: src/ctype/tolower.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;

/// Lower-cases an ASCII letter, returns any other value unchanged.
#[inline(always)]
pub(crate) fn lower(c: c_int) -> c_int {
    if (c as u32).wrapping_sub(b'A' as u32) < 26 {
        c | 32
    } else {
        c
    }
}

/// `int tolower(int c);`
///
/// The lower-case letter for an upper-case `c`; any other value is returned unchanged.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tolower(c: c_int) -> c_int {
    lower(c)
}

/// `int __tolower_l(int c, locale_t loc);` (exported as `tolower_l`)
///
/// `tolower` in `loc`; every rcc locale maps case as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __tolower_l(c: c_int, _loc: locale_t) -> c_int {
    lower(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak tolower_l", ".set tolower_l, __tolower_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(tolower(c as c_int), c.to_ascii_lowercase() as c_int);
        }
        assert_eq!(tolower(-1), -1);
        assert_eq!(
            __tolower_l(b'Q' as c_int, core::ptr::null_mut()),
            b'q' as c_int
        );
    }
}

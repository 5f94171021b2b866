//! `toascii` (POSIX.1-2001 XSI, obsolescent; musl: src/ctype/toascii.c).
use crate::abi::types::c_int;

/// `int toascii(int c);`
///
/// `c` with every bit above the low seven cleared.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn toascii(c: c_int) -> c_int {
    c & 0x7f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(
            (toascii(0x41), toascii(0xc1), toascii(-1)),
            (0x41, 0x41, 0x7f)
        );
    }
}

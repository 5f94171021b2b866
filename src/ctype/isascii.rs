//! `isascii` (POSIX.1-2001 XSI, obsolescent; musl: src/ctype/isascii.c).
use crate::abi::types::c_int;

/// `int isascii(int c);`
///
/// 1 if `c` is a 7-bit value (0..=127), else 0; any `int` is accepted.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isascii(c: c_int) -> c_int {
    ((c as u32) < 128) as c_int
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn range() {
        assert_eq!(
            (isascii(0), isascii(127), isascii(128), isascii(-1)),
            (1, 1, 0, 0)
        );
    }
}

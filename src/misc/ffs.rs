//! `ffs` (POSIX.1-2001 XSI strings.h; musl: src/misc/ffs.c).
use crate::abi::types::c_int;

/// `int ffs(int i);`
///
/// The 1-based position of the least significant set bit of `i`, or 0 when `i == 0`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ffs(i: c_int) -> c_int {
    if i == 0 {
        0
    } else {
        i.trailing_zeros() as c_int + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions() {
        assert_eq!((ffs(0), ffs(1), ffs(6), ffs(-1)), (0, 1, 2, 1));
        assert_eq!(ffs(c_int::MIN), c_int::BITS as c_int);
    }
}

//! `ffsl` (POSIX.1-2024 strings.h; musl: src/misc/ffsl.c).
use crate::abi::types::{c_int, c_long};

/// `int ffsl(long i);`
///
/// The 1-based position of the least significant set bit of `i`, or 0 when `i == 0`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ffsl(i: c_long) -> c_int {
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
        assert_eq!((ffsl(0), ffsl(1), ffsl(6), ffsl(-1)), (0, 1, 2, 1));
        assert_eq!(ffsl(c_long::MIN), c_long::BITS as c_int);
    }
}

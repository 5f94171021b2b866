//! `ffsll` (POSIX.1-2024 strings.h; musl: src/misc/ffsll.c).
use crate::abi::types::{c_int, c_longlong};

/// `int ffsll(long long i);`
///
/// The 1-based position of the least significant set bit of `i`, or 0 when `i == 0`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ffsll(i: c_longlong) -> c_int {
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
        assert_eq!((ffsll(0), ffsll(1), ffsll(6), ffsll(-1)), (0, 1, 2, 1));
        assert_eq!(ffsll(c_longlong::MIN), c_longlong::BITS as c_int);
    }
}

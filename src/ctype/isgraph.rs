//! `isgraph`, `isgraph_l` (C11 7.4.1.6, POSIX.1-2008; musl: src/ctype/isgraph.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::ctype::__ctype_b_loc::{GRAPH, has};

/// `int isgraph(int c);`
///
/// 1 if `c` is a printing character other than space, else 0. `c` is `EOF` or an `unsigned char` value; other values
/// give 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn isgraph(c: c_int) -> c_int {
    has(c, GRAPH) as c_int
}

/// `int __isgraph_l(int c, locale_t loc);` (exported as `isgraph_l`)
///
/// `isgraph` in `loc`; every rcc locale classifies bytes as the C locale does.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __isgraph_l(c: c_int, _loc: locale_t) -> c_int {
    isgraph(c)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak isgraph_l", ".set isgraph_l, __isgraph_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_byte_and_eof() {
        for c in 0..=255u8 {
            assert_eq!(isgraph(c as c_int) != 0, c.is_ascii_graphic(), "c={c}");
        }
        assert_eq!(isgraph(-1), 0);
        assert_eq!(__isgraph_l(-1, core::ptr::null_mut()), 0);
    }
}

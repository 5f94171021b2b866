//! `iswgraph`, `iswgraph_l` (C17 7.30.2.1; musl: src/ctype/iswgraph.c).
use crate::abi::locale::locale_t;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int iswgraph(wint_t wc);`
///
/// `iswprint && !iswspace`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn iswgraph(wc: wint_t) -> c_int {
    (crate::ctype::iswspace::iswspace(wc) == 0 && crate::ctype::iswprint::iswprint(wc) != 0)
        as c_int
}

/// `int __iswgraph_l(wint_t wc, locale_t loc);` (also `iswgraph_l`)
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __iswgraph_l(wc: wint_t, _loc: locale_t) -> c_int {
    iswgraph(wc)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak iswgraph_l", ".set iswgraph_l, __iswgraph_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert_eq!(iswgraph(' ' as u32), 0);
        assert_eq!(iswgraph('x' as u32), 1);
    }
}

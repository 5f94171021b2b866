//! `wcwidth` (POSIX.1-2008 XSI; musl: src/ctype/wcwidth.c). Columns from the compact
//! tables in `tables.rs`: nonspacing 0, East Asian wide/fullwidth 2, controls -1.
use crate::abi::types::{c_int, wchar_t};
use crate::ctype::tables::{NONSPACING, WIDE, in_table};

/// `int wcwidth(wchar_t wc);`
///
/// 0 for L'\0' and nonspacing characters, -1 for controls and noncharacters, 2 for wide
/// characters, else 1 (musl's rules, including width 1 for U+00AD and for values past
/// U+10FFFF that are not noncharacter-shaped).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn wcwidth(wc: wchar_t) -> c_int {
    let wc = wc as u32;
    if wc < 0xff {
        return if ((wc + 1) & 0x7f) >= 0x21 {
            1
        } else if wc != 0 {
            -1
        } else {
            0
        };
    }
    if (wc & 0xfffe_ffff) < 0xfffe {
        if in_table(&NONSPACING, wc) {
            return 0;
        }
        if in_table(&WIDE, wc) {
            return 2;
        }
        return 1;
    }
    if (wc & 0xfffe) == 0xfffe {
        return -1;
    }
    if wc.wrapping_sub(0x20000) < 0x20000 {
        return 2;
    }
    if wc == 0xe0001 || wc.wrapping_sub(0xe0020) < 0x5f || wc.wrapping_sub(0xe0100) < 0xef {
        return 0;
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths() {
        for (c, w) in [
            (0, 0),
            ('a' as i32, 1),
            (0x1f, -1),
            (0x7f, -1),
            (0x9f, -1),
            (0xe9, 1),
            (0x300, 0),
            (0x4e2d, 2),
            (0xac00, 2),
            (0xff21, 2),
            (0x200b, 0),
            (0x1f600, 2),
            (0x20000, 2),
            (0xfffe, -1),
            (0xe0100, 0),
            (0x110000, 1),
            (-1, -1),
        ] {
            assert_eq!(wcwidth(c), w, "{c:#x}");
        }
    }
}

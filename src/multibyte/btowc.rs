//! `btowc` (C17 7.29.6.1.1; musl: src/multibyte/btowc.c).
use super::internal::code_unit;
use crate::abi::types::c_int;
use crate::abi::wchar::{WEOF, wint_t};

/// `wint_t btowc(int c);` — the wide character for the single byte `c`, or `WEOF` for
/// `EOF` and for bytes that are not complete characters (0x80 and up in UTF-8). In the C
/// locale byte `b >= 0x80` gives `0xdf00 + b`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn btowc(c: c_int) -> wint_t {
    // As musl, only the low byte of `c` counts (apart from EOF itself).
    let b = c as u8;
    if b < 0x80 {
        b as wint_t
    } else if c != -1 && !crate::locale::utf8_active() {
        code_unit(b) as wint_t
    } else {
        WEOF
    }
}

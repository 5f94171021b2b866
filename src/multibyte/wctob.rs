//! `wctob` (C17 7.29.6.1.2; musl: src/multibyte/wctob.c).
use super::internal::is_code_unit;
use crate::abi::types::c_int;
use crate::abi::wchar::wint_t;

/// `int wctob(wint_t c);` — the single byte whose character is `c`, or `EOF`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn wctob(c: wint_t) -> c_int {
    if c < 0x80 {
        c as c_int
    } else if !crate::locale::utf8_active() && is_code_unit(c) {
        (c & 0xff) as c_int
    } else {
        -1
    }
}

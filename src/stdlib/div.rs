//! `div` (C17 7.22.6.2; musl: src/stdlib/div.c).
use crate::abi::stdlib::div_t;
use crate::abi::types::c_int;

/// `div_t div(int num, int den);`
///
/// Quotient truncated toward zero and remainder, as `/` and `%`. Division by zero and
/// `MIN / -1` are undefined in C; here they give a zero quotient and `num`, and
/// `MIN` and 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn div(num: c_int, den: c_int) -> div_t {
    // DIFF(musl): musl traps on undefined divisions; rcc returns a value instead.
    match num.checked_div(den) {
        Some(quot) => div_t {
            quot,
            rem: num.wrapping_rem(den),
        },
        None if den == 0 => div_t { quot: 0, rem: num },
        None => div_t { quot: num, rem: 0 },
    }
}

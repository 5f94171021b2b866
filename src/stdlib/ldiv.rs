//! `ldiv` (C17 7.22.6.2; musl: src/stdlib/ldiv.c).
use crate::abi::stdlib::ldiv_t;
use crate::abi::types::c_long;

/// `ldiv_t ldiv(long num, long den);`
///
/// Quotient truncated toward zero and remainder, as `/` and `%`. Division by zero and
/// `MIN / -1` are undefined in C; here they give a zero quotient and `num`, and
/// `MIN` and 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ldiv(num: c_long, den: c_long) -> ldiv_t {
    // DIFF(musl): musl traps on undefined divisions; rcc returns a value instead.
    match num.checked_div(den) {
        Some(quot) => ldiv_t {
            quot,
            rem: num.wrapping_rem(den),
        },
        None if den == 0 => ldiv_t { quot: 0, rem: num },
        None => ldiv_t { quot: num, rem: 0 },
    }
}

//! `imaxdiv` (C17 7.8.2.2; musl: src/stdlib/imaxdiv.c).
use crate::abi::inttypes::imaxdiv_t;
use crate::abi::stdint::intmax_t;

/// `imaxdiv_t imaxdiv(intmax_t num, intmax_t den);`
///
/// Quotient truncated toward zero and remainder, as `/` and `%`. Division by zero and
/// `MIN / -1` are undefined in C; here they give a zero quotient and `num`, and
/// `MIN` and 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn imaxdiv(num: intmax_t, den: intmax_t) -> imaxdiv_t {
    // DIFF(musl): musl traps on undefined divisions; rcc returns a value instead.
    match num.checked_div(den) {
        Some(quot) => imaxdiv_t {
            quot,
            rem: num.wrapping_rem(den),
        },
        None if den == 0 => imaxdiv_t { quot: 0, rem: num },
        None => imaxdiv_t { quot: num, rem: 0 },
    }
}

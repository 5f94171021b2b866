//! `lldiv` (C17 7.22.6.2; musl: src/stdlib/lldiv.c).
use crate::abi::stdlib::lldiv_t;
use crate::abi::types::c_longlong;

/// `lldiv_t lldiv(long long num, long long den);`
///
/// Quotient truncated toward zero and remainder, as `/` and `%`. Division by zero and
/// `MIN / -1` are undefined in C; here they give a zero quotient and `num`, and
/// `MIN` and 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn lldiv(num: c_longlong, den: c_longlong) -> lldiv_t {
    // DIFF(musl): musl traps on undefined divisions; rcc returns a value instead.
    match num.checked_div(den) {
        Some(quot) => lldiv_t {
            quot,
            rem: num.wrapping_rem(den),
        },
        None if den == 0 => lldiv_t { quot: 0, rem: num },
        None => lldiv_t { quot: num, rem: 0 },
    }
}

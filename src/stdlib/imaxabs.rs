//! `imaxabs` (C17 7.8.2.1; musl: src/stdlib/imaxabs.c).
use crate::abi::stdint::intmax_t;

/// `intmax_t imaxabs(intmax_t x);`
///
/// The absolute value; for the most negative value (undefined in C) it wraps to itself.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn imaxabs(x: intmax_t) -> intmax_t {
    x.wrapping_abs()
}

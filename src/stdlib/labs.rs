//! `labs` (C17 7.22.6.1; musl: src/stdlib/labs.c).
use crate::abi::types::c_long;

/// `long labs(long x);`
///
/// The absolute value; for the most negative value (undefined in C) it wraps to itself.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn labs(x: c_long) -> c_long {
    x.wrapping_abs()
}

//! `abs` (C17 7.22.6.1; musl: src/stdlib/abs.c).
use crate::abi::types::c_int;

/// `int abs(int x);`
///
/// The absolute value; for the most negative value (undefined in C) it wraps to itself.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn abs(x: c_int) -> c_int {
    x.wrapping_abs()
}

//! `llabs` (C17 7.22.6.1; musl: src/stdlib/llabs.c).
use crate::abi::types::c_longlong;

/// `long long llabs(long long x);`
///
/// The absolute value; for the most negative value (undefined in C) it wraps to itself.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn llabs(x: c_longlong) -> c_longlong {
    x.wrapping_abs()
}

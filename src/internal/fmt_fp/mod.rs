//! Binary floating point to text for printf's `%e %f %g %a` (and upper-case forms):
//! exact digits for any precision, in the current rounding mode (C17 7.21.6.1p8; musl:
//! src/stdio/vfprintf.c fmt_fp).
pub mod big;
pub mod fixed;
pub mod fmt;
pub mod hex;
pub mod sig;
#[cfg(test)]
mod tests;

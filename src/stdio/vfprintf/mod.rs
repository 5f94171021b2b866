//! The printf engine: format parsing, argument fetching, integer and text conversions,
//! and the sinks it writes to; floats go to `internal::fmt_fp` (C17 7.21.6.1; musl:
//! src/stdio/vfprintf.c).
pub mod args;
pub mod direct;
pub mod engine;
pub mod int;
pub mod sink;
pub mod spec;
#[cfg(test)]
mod tests;
#[allow(clippy::module_inception)]
pub mod vfprintf;
pub mod wide;

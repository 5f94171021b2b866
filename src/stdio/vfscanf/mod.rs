//! The scanf engine over a byte source (a string or a `FILE`) (C17 7.21.6.2; musl:
//! src/stdio/vfscanf.c).
pub mod engine;
pub mod number;
pub mod source;
#[cfg(test)]
mod tests;
#[allow(clippy::module_inception)]
pub mod vfscanf;

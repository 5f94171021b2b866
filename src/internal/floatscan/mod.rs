//! Decimal and hexadecimal text to binary floating point, correctly rounded in every
//! rounding mode (C17 7.22.1.3; musl: src/internal/floatscan.c).
pub mod decimal;
pub mod lemire;
pub mod pow5;
pub mod round;
pub mod scan;
#[cfg(test)]
mod tests;

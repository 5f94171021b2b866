//! Locale-dependent interfaces; rcc has only the C/POSIX locale (musl: src/locale/).
pub mod strcoll;
pub mod strxfrm;

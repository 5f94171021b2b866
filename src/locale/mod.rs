//! Locale-dependent interfaces; rcc has only the C/POSIX locale (musl: src/locale/).
#[allow(non_snake_case)]
pub mod __ctype_get_mb_cur_max;
pub mod strcoll;
pub mod strxfrm;

pub use __ctype_get_mb_cur_max::utf8_active;

//! Locales: C/POSIX, C.UTF-8, and other names kept with C behaviour and UTF-8 `LC_CTYPE`
//! (musl: src/locale/).
#[allow(non_snake_case)]
pub mod __ctype_get_mb_cur_max;
pub mod duplocale;
pub mod freelocale;
pub mod langinfo;
pub mod locale_map;
pub mod localeconv;
pub mod newlocale;
pub mod setlocale;
pub mod strcoll;
pub mod strxfrm;
pub mod uselocale;

pub use __ctype_get_mb_cur_max::utf8_active;

//! Multibyte and wide character conversion, C locale and UTF-8 (C17 7.22.7, 7.29.6;
//! musl: src/multibyte/). The encoding follows `crate::locale::utf8_active()`.
pub mod btowc;
pub mod internal;
pub mod mblen;
pub mod mbrlen;
pub mod mbrtowc;
pub mod mbsinit;
pub mod mbsnrtowcs;
pub mod mbsrtowcs;
pub mod mbstowcs;
pub mod mbtowc;
pub mod wcrtomb;
pub mod wcsnrtombs;
pub mod wcsrtombs;
pub mod wcstombs;
pub mod wctob;
pub mod wctomb;

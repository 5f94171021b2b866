//! `locale_t` (POSIX.1-2008 locale.h; musl: include/alltypes.h.in `struct __locale_struct *`).
#![allow(non_camel_case_types)]
use super::types::c_void;

/// An opaque locale handle. rcc has only the C/POSIX locale, so every value behaves as it.
pub type locale_t = *mut c_void;

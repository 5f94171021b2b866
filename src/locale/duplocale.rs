//! `duplocale` (POSIX.1-2008; musl: src/locale/duplocale.c).
use super::locale_map::{Locale, global};
use crate::abi::locale::locale_t;

/// `locale_t duplocale(locale_t loc);` — an allocated copy of `loc` (`LC_GLOBAL_LOCALE`:
/// of the global locale's current value).
///
/// # Safety
/// `loc` is a live locale object or `LC_GLOBAL_LOCALE`.
///
/// # Errors
/// `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __duplocale(loc: locale_t) -> locale_t {
    let value = if loc as isize == -1 || loc.is_null() {
        global()
    } else {
        // SAFETY: the caller passes a live locale object.
        unsafe { *loc.cast::<Locale>() }
    };
    // SAFETY: a fresh block of the right size, written before it is returned.
    unsafe {
        let p = crate::malloc::libc::malloc(size_of::<Locale>()).cast::<Locale>();
        if !p.is_null() {
            *p = value;
        }
        p.cast()
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak duplocale", ".set duplocale, __duplocale");

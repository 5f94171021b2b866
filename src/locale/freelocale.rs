//! `freelocale` (POSIX.1-2008; musl: src/locale/freelocale.c).
use super::locale_map::{Locale, is_allocated};
use crate::abi::locale::locale_t;

/// `void freelocale(locale_t loc);` — frees a locale from `newlocale` or `duplocale`; the
/// built-in locales are left alone.
///
/// # Safety
/// `loc` is a live locale object, not in use by any thread.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn freelocale(loc: locale_t) {
    if is_allocated(loc.cast::<Locale>()) {
        // SAFETY: allocated locales came from malloc.
        unsafe { crate::malloc::libc::free(loc) };
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak __freelocale", ".set __freelocale, freelocale");

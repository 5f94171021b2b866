//! `uselocale` (POSIX.1-2008; musl: src/locale/uselocale.c).
use super::locale_map::{set_thread_locale, thread_locale};
use crate::abi::locale::{LC_GLOBAL_LOCALE, locale_t};

/// `locale_t uselocale(locale_t new);`
///
/// Returns the calling thread's locale (`LC_GLOBAL_LOCALE` when it follows the global one)
/// and, unless `new` is null, installs `new` for this thread (`LC_GLOBAL_LOCALE`: follow
/// the global locale again).
///
/// # Safety
/// `new` null, `LC_GLOBAL_LOCALE` or a live locale object that outlives its use.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __uselocale(new: locale_t) -> locale_t {
    let old = thread_locale();
    if !new.is_null() {
        set_thread_locale(if new == LC_GLOBAL_LOCALE {
            core::ptr::null_mut()
        } else {
            new.cast()
        });
    }
    if old.is_null() {
        LC_GLOBAL_LOCALE
    } else {
        old.cast()
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak uselocale", ".set uselocale, __uselocale");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::locale_map::{UTF8_LOCALE, ctype_utf8};

    #[test]
    fn per_thread() {
        // SAFETY: the built-in locale lives forever.
        unsafe {
            assert_eq!(__uselocale(core::ptr::null_mut()), LC_GLOBAL_LOCALE);
            let u = (&raw const UTF8_LOCALE).cast_mut().cast();
            assert_eq!(__uselocale(u), LC_GLOBAL_LOCALE);
            assert!(ctype_utf8());
            assert_eq!(__uselocale(LC_GLOBAL_LOCALE), u);
            assert!(!ctype_utf8());
        }
    }
}

//! `newlocale` (POSIX.1-2008; musl: src/locale/newlocale.c).
use super::locale_map::{C_LOCALE, CATS, LOCK, Locale, UTF8_LOCALE, global, is_allocated, lookup};
use crate::abi::errno::EINVAL;
use crate::abi::locale::{LC_ALL_MASK, locale_t};
use crate::abi::types::{c_char, c_int};

/// `locale_t newlocale(int mask, const char *locale, locale_t base);`
///
/// A locale whose categories in `mask` are named `locale` (as `setlocale` reads names) and
/// whose others come from `base` (or, without one, from the environment as for ""). An
/// allocated `base` is modified and returned; the two built-in results (C and C.UTF-8) are
/// shared, never allocated.
///
/// # Safety
/// `locale` is NUL-terminated; `base` null, or a live locale object from `newlocale` or
/// `duplocale`.
///
/// # Errors
/// `EINVAL` for a bad mask or a null name, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __newlocale(
    mask: c_int,
    locale: *const c_char,
    base: locale_t,
) -> locale_t {
    if mask & !LC_ALL_MASK != 0 || locale.is_null() {
        crate::errno::set_errno(EINVAL);
        return core::ptr::null_mut();
    }
    // SAFETY: the caller passes a NUL-terminated name.
    let name = unsafe { core::ffi::CStr::from_ptr(locale) }.to_bytes();
    let base = base.cast::<Locale>();
    let from = if base.is_null() {
        None
    } else if base as isize == -1 {
        Some(global())
    } else {
        // SAFETY: the caller passes a live locale object.
        Some(unsafe { *base })
    };
    let mut tmp = C_LOCALE;
    LOCK.lock();
    for i in 0..CATS {
        tmp.cat[i] = match from {
            Some(b) if mask & (1 << i) == 0 => b.cat[i],
            _ => lookup(i, if mask & (1 << i) != 0 { name } else { b"" }),
        };
    }
    LOCK.unlock();
    if is_allocated(base) {
        // SAFETY: an allocated locale is ours to modify.
        unsafe { *base = tmp };
        return base.cast();
    }
    if tmp == C_LOCALE {
        return (&raw const C_LOCALE).cast_mut().cast();
    }
    if tmp == UTF8_LOCALE {
        return (&raw const UTF8_LOCALE).cast_mut().cast();
    }
    // SAFETY: a fresh block of the right size, written before it is returned.
    unsafe {
        let p = crate::malloc::libc::malloc(size_of::<Locale>()).cast::<Locale>();
        if !p.is_null() {
            *p = tmp;
        }
        p.cast()
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak newlocale", ".set newlocale, __newlocale");

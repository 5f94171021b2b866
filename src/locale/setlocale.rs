//! `setlocale` (C17 7.11.1.1; musl: src/locale/setlocale.c).
use super::locale_map::{
    CATS, LOCALE_NAME_MAX, LOCK, global, lookup, name, set_global, set_global_cat,
};
use crate::abi::locale::LC_ALL;
use crate::abi::types::{c_char, c_int};

/// The `LC_ALL` answer when categories differ: their names joined with `;` (musl's form,
/// which `setlocale(LC_ALL, ...)` reads back).
static mut BUF: [u8; CATS * (LOCALE_NAME_MAX + 1)] = [0; CATS * (LOCALE_NAME_MAX + 1)];

/// Sets every category from `name`: one name for all, or `;`-separated names in category
/// order (a missing or too long part repeats the previous one). Call with `LOCK` held.
fn set_all(spec: &[u8]) {
    let mut l = super::locale_map::C_LOCALE;
    let mut part: &[u8] = b"C.UTF-8";
    let mut p = spec;
    for (i, c) in l.cat.iter_mut().enumerate() {
        let z = p.iter().position(|&b| b == b';').unwrap_or(p.len());
        if z <= LOCALE_NAME_MAX {
            part = &p[..z];
            if z < p.len() {
                p = &p[z + 1..];
            }
        }
        *c = lookup(i, part);
    }
    set_global(&l);
}

/// Describes the global locale for `LC_ALL`. Call with `LOCK` held.
fn describe_all() -> *mut c_char {
    let l = global();
    if l.cat.iter().all(|&c| c == l.cat[0]) {
        return name(l.cat[0]).as_ptr().cast_mut();
    }
    // SAFETY: `LOCK` is held, so no other setlocale writes BUF; 6 names of at most 23 bytes
    // and their separators fit.
    unsafe {
        let buf = &mut *(&raw mut BUF);
        let mut n = 0;
        for (i, &c) in l.cat.iter().enumerate() {
            if i > 0 {
                buf[n] = b';';
                n += 1;
            }
            let s = name(c).to_bytes();
            buf[n..n + s.len()].copy_from_slice(s);
            n += s.len();
        }
        buf[n] = 0;
        buf.as_mut_ptr().cast()
    }
}

/// `char *setlocale(int category, const char *locale);`
///
/// With `locale` null, returns the category's current name. Otherwise sets it: "C" and
/// "POSIX" select the C locale, "C.UTF-8" (or any other name of at most 23 bytes without
/// `/`, whose behaviour is C's but UTF-8 for `LC_CTYPE`) as musl, and "" takes the name
/// from `LC_ALL`, `LC_<category>` or `LANG`, else "C.UTF-8". Returns null for a bad
/// category. The returned string may be overwritten by the next call.
///
/// # Safety
/// `locale` null or NUL-terminated.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setlocale(category: c_int, locale: *const c_char) -> *mut c_char {
    if category as u32 > LC_ALL as u32 {
        return core::ptr::null_mut();
    }
    // SAFETY: the caller passes null or a NUL-terminated string.
    let spec = (!locale.is_null()).then(|| unsafe { core::ffi::CStr::from_ptr(locale) }.to_bytes());
    LOCK.lock();
    let r = if category == LC_ALL {
        if let Some(s) = spec {
            set_all(s);
        }
        describe_all()
    } else {
        let cat = category as usize;
        if let Some(s) = spec {
            set_global_cat(cat, lookup(cat, s));
        }
        name(global().cat[cat]).as_ptr().cast_mut()
    };
    LOCK.unlock();
    r
}

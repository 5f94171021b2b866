//! The locale model behind `setlocale`, `newlocale` and `uselocale` (musl:
//! src/locale/locale_map.c): per category the C locale, the built-in C.UTF-8 (`LC_CTYPE`
//! only) or a name kept for the application with C behaviour (and UTF-8 for `LC_CTYPE`).
use crate::abi::locale::{LC_ALL, LC_CTYPE};
use crate::abi::types::{c_char, c_void};
use core::ffi::CStr;
use core::sync::atomic::{AtomicU8, AtomicUsize, Ordering};

/// Longest locale name kept (musl's `LOCALE_NAME_MAX`).
pub const LOCALE_NAME_MAX: usize = 23;
/// Number of categories (`LC_ALL` is not one).
pub const CATS: usize = LC_ALL as usize;

/// What `locale_t` points at: one name index per category: 0 is "C", 1 is "C.UTF-8"
/// (only for `LC_CTYPE`), 2 and up are kept names. `LC_CTYPE` is UTF-8 unless it is 0.
#[repr(C)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Locale {
    pub cat: [u8; CATS],
}

/// The built-in C locale (`newlocale` returns it instead of allocating).
pub static C_LOCALE: Locale = Locale { cat: [0; CATS] };
/// The built-in C.UTF-8 locale.
pub static UTF8_LOCALE: Locale = Locale {
    cat: [1, 0, 0, 0, 0, 0],
};

/// The global locale that `setlocale` changes.
static GLOBAL: [AtomicU8; CATS] = [const { AtomicU8::new(0) }; CATS];

/// Serialises `setlocale`, `newlocale` and the name table.
pub static LOCK: crate::thread::state::Lock = crate::thread::state::Lock::new();

/// Kept names (index 2 + slot), written once under `LOCK` before `COUNT` publishes them.
const SLOTS: usize = 30;
static mut NAMES: [[u8; LOCALE_NAME_MAX + 1]; SLOTS] = [[0; LOCALE_NAME_MAX + 1]; SLOTS];
static COUNT: AtomicUsize = AtomicUsize::new(0);

/// The environment variable of each category, for names given as "".
const ENV_VARS: [&CStr; CATS] = [
    c"LC_CTYPE",
    c"LC_NUMERIC",
    c"LC_TIME",
    c"LC_COLLATE",
    c"LC_MONETARY",
    c"LC_MESSAGES",
];

/// The name of index `i` (as `lookup` returned it).
pub fn name(i: u8) -> &'static CStr {
    match i {
        0 => c"C",
        1 => c"C.UTF-8",
        _ => {
            let slot = (i - 2) as usize;
            if slot >= COUNT.load(Ordering::Acquire) {
                return c"C";
            }
            // SAFETY: published slots are NUL-terminated and never written again.
            unsafe { CStr::from_ptr((&raw const NAMES[slot]).cast::<c_char>()) }
        }
    }
}

/// A non-empty environment variable, as bytes.
fn env(var: &CStr) -> Option<&'static [u8]> {
    // SAFETY: `var` is NUL-terminated; getenv returns null or an environment string.
    let v = unsafe { crate::env::getenv::getenv(var.as_ptr()) };
    if v.is_null() {
        return None;
    }
    // SAFETY: environment strings are NUL-terminated and outlive this use.
    let b = unsafe { CStr::from_ptr(v) }.to_bytes();
    if b.is_empty() { None } else { Some(b) }
}

/// The index for category `cat` named `val` ("" reads `LC_ALL`, the category's variable,
/// then `LANG`, defaulting to "C.UTF-8"). Call with `LOCK` held. Never fails: past the
/// table's capacity an unknown name behaves as (and is reported as) C or C.UTF-8.
pub fn lookup(cat: usize, val: &[u8]) -> u8 {
    let mut val = val;
    if val.is_empty() {
        val = env(c"LC_ALL")
            .or_else(|| env(ENV_VARS[cat]))
            .or_else(|| env(c"LANG"))
            .unwrap_or(b"C.UTF-8");
    }
    // Bound the length and forbid a leading dot or any slash (names may become paths).
    let n = val
        .iter()
        .take(LOCALE_NAME_MAX)
        .position(|&b| b == b'/')
        .unwrap_or(val.len().min(LOCALE_NAME_MAX));
    if val.first() == Some(&b'.') || n < val.len() {
        val = b"C.UTF-8";
    }
    let utf8 = if cat == LC_CTYPE as usize { 1 } else { 0 };
    match val {
        b"C" | b"POSIX" => return 0,
        b"C.UTF-8" => return utf8,
        _ => {}
    }
    let count = COUNT.load(Ordering::Acquire);
    for slot in 0..count {
        if name(slot as u8 + 2).to_bytes() == val {
            return slot as u8 + 2;
        }
    }
    if count == SLOTS {
        return utf8;
    }
    // SAFETY: `LOCK` is held, so no one else writes slot `count`; readers ignore it until
    // COUNT publishes it below.
    unsafe {
        let dst = &mut *(&raw mut NAMES[count]);
        dst[..val.len()].copy_from_slice(val);
        dst[val.len()] = 0;
    }
    COUNT.store(count + 1, Ordering::Release);
    count as u8 + 2
}

/// The global locale's current value.
pub fn global() -> Locale {
    let mut l = C_LOCALE;
    for (c, g) in l.cat.iter_mut().zip(GLOBAL.iter()) {
        *c = g.load(Ordering::Acquire);
    }
    l
}

/// Replaces the global locale. Call with `LOCK` held.
pub fn set_global(l: &Locale) {
    for (c, g) in l.cat.iter().zip(GLOBAL.iter()) {
        g.store(*c, Ordering::Release);
    }
}

/// Sets one category of the global locale. Call with `LOCK` held.
pub fn set_global_cat(cat: usize, v: u8) {
    GLOBAL[cat].store(v, Ordering::Release);
}

#[cfg(not(test))]
fn thread_slot() -> *mut *mut c_void {
    // SAFETY: the thread descriptor is installed before any C code runs.
    unsafe { &raw mut (*crate::rt::thread::current()).locale }
}

#[cfg(test)]
fn thread_slot() -> *mut *mut c_void {
    std::thread_local!(static LOC: core::cell::Cell<*mut c_void> =
        const { core::cell::Cell::new(core::ptr::null_mut()) });
    LOC.with(|l| l.as_ptr())
}

/// The calling thread's `uselocale` setting (null: the global locale).
pub fn thread_locale() -> *mut Locale {
    // SAFETY: `thread_slot` is this thread's live slot.
    unsafe { *thread_slot() }.cast()
}

/// Sets the calling thread's locale (null: the global locale).
pub fn set_thread_locale(l: *mut Locale) {
    // SAFETY: as in thread_locale.
    unsafe { *thread_slot() = l.cast() };
}

/// The locale in effect for the calling thread.
pub fn current() -> Locale {
    let l = thread_locale();
    if l.is_null() {
        global()
    } else {
        // SAFETY: uselocale only installs live locale objects.
        unsafe { *l }
    }
}

/// Whether `LC_CTYPE` of the calling thread's locale is UTF-8.
#[inline]
pub fn ctype_utf8() -> bool {
    let l = thread_locale();
    if l.is_null() {
        GLOBAL[LC_CTYPE as usize].load(Ordering::Relaxed) != 0
    } else {
        // SAFETY: as in current.
        unsafe { (*l).cat[LC_CTYPE as usize] != 0 }
    }
}

/// Whether `l` was allocated by `newlocale`/`duplocale` (not null, `LC_GLOBAL_LOCALE` or
/// a built-in).
pub fn is_allocated(l: *const Locale) -> bool {
    !l.is_null()
        && l as isize != -1
        && !core::ptr::eq(l, &C_LOCALE)
        && !core::ptr::eq(l, &UTF8_LOCALE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        LOCK.lock();
        assert_eq!(lookup(0, b"C"), 0);
        assert_eq!(lookup(0, b"POSIX"), 0);
        assert_eq!(lookup(0, b"C.UTF-8"), 1);
        assert_eq!(lookup(1, b"C.UTF-8"), 0);
        assert_eq!(lookup(0, b"../etc"), 1);
        let k = lookup(2, b"xx_YY.UTF-8");
        assert!(k >= 2);
        assert_eq!(lookup(0, b"xx_YY.UTF-8"), k);
        assert_eq!(name(k).to_bytes(), b"xx_YY.UTF-8");
        LOCK.unlock();
    }
}

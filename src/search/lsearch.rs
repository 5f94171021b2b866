//! `lsearch`, `lfind` (POSIX search.h; musl: src/search/lsearch.c).
use crate::abi::types::{c_int, c_void, size_t};

type Cmp = unsafe extern "C" fn(*const c_void, *const c_void) -> c_int;

/// The first element of `base[0..*n]` that `cmp` says equals `key`, or null.
///
/// # Safety
/// As for `lfind`.
unsafe fn find(
    key: *const c_void,
    base: *const c_void,
    n: *const size_t,
    width: size_t,
    cmp: Cmp,
) -> *mut c_void {
    // SAFETY: `*n` elements of `width` bytes are the caller's array.
    unsafe {
        for i in 0..*n {
            let p = base.cast::<u8>().add(i * width).cast::<c_void>();
            if cmp(key, p) == 0 {
                return p.cast_mut();
            }
        }
    }
    core::ptr::null_mut()
}

/// `void *lfind(const void *key, const void *base, size_t *nelp, size_t width,
///              int (*compar)(const void *, const void *));`
///
/// # Safety
/// `base` holds `*nelp` objects of `width` bytes; `compar` is valid for them.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn lfind(
    key: *const c_void,
    base: *const c_void,
    nelp: *mut size_t,
    width: size_t,
    compar: Cmp,
) -> *mut c_void {
    // SAFETY: forwarded caller contract.
    unsafe { find(key, base, nelp, width, compar) }
}

/// `void *lsearch(const void *key, void *base, size_t *nelp, size_t width,
///                int (*compar)(const void *, const void *));`
///
/// As `lfind`, but a missing key is appended (and `*nelp` incremented).
///
/// # Safety
/// As for `lfind`, and `base` has room for one more element.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn lsearch(
    key: *const c_void,
    base: *mut c_void,
    nelp: *mut size_t,
    width: size_t,
    compar: Cmp,
) -> *mut c_void {
    // SAFETY: forwarded caller contract; the new slot is inside the caller's room.
    unsafe {
        let p = find(key, base, nelp, width, compar);
        if !p.is_null() {
            return p;
        }
        let slot = base.cast::<u8>().add(*nelp * width);
        core::ptr::copy(key.cast::<u8>(), slot, width);
        *nelp += 1;
        slot.cast()
    }
}

//! `qsort` and `qsort_r` (C17 7.22.5.2; GNU/BSD `qsort_r`; musl: src/stdlib/qsort.c,
//! src/stdlib/qsort_nr.c). Introsort-style pdqsort: O(n log n) worst case, in place.
use super::sort::{Bytes, Cmp, Word, sort};
use crate::abi::types::{c_int, c_void, size_t};

/// Sorts with the element layout picked from `size`.
///
/// # Safety
/// As for `qsort`.
unsafe fn sort_any(base: *mut c_void, n: size_t, size: size_t, cmp: Cmp) {
    let b = base.cast::<u8>();
    // SAFETY: forwarded caller contract.
    unsafe {
        match size {
            4 => sort(b, n, Word::<u32>::new(), cmp),
            8 => sort(b, n, Word::<u64>::new(), cmp),
            16 => sort(b, n, Word::<[u64; 2]>::new(), cmp),
            _ => sort(b, n, Bytes(size), cmp),
        }
    }
}

/// `void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));`
///
/// Not stable. `cmp` only ever receives pointers into the array. An inconsistent
/// comparator leaves the order unspecified but never makes the sort touch memory
/// outside the array.
///
/// # Safety
/// `base` holds `n` writable objects of `size` bytes; `cmp` is a valid comparator.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn qsort(
    base: *mut c_void,
    n: size_t,
    size: size_t,
    cmp: unsafe extern "C" fn(*const c_void, *const c_void) -> c_int,
) {
    // SAFETY: forwarded caller contract.
    unsafe { sort_any(base, n, size, Cmp::Plain(cmp)) }
}

/// `void qsort_r(void *base, size_t n, size_t size,
///               int (*cmp)(const void *, const void *, void *), void *arg);`
///
/// As `qsort`, passing `arg` to every call of `cmp` (the GNU/musl argument order).
///
/// # Safety
/// As for `qsort`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn qsort_r(
    base: *mut c_void,
    n: size_t,
    size: size_t,
    cmp: unsafe extern "C" fn(*const c_void, *const c_void, *mut c_void) -> c_int,
    arg: *mut c_void,
) {
    // SAFETY: forwarded caller contract.
    unsafe { sort_any(base, n, size, Cmp::WithArg(cmp, arg)) }
}

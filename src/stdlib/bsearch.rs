//! `bsearch` (C17 7.22.5.1; musl: src/stdlib/bsearch.c).
use crate::abi::types::{c_int, c_void, size_t};

/// `void *bsearch(const void *key, const void *base, size_t n, size_t size,
///                int (*cmp)(const void *, const void *));`
///
/// Returns a matching element of the sorted array, or null. `cmp` gets `key` first and
/// an element of the array second.
///
/// # Safety
/// `base` holds `n` objects of `size` bytes sorted consistently with `cmp`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn bsearch(
    key: *const c_void,
    base: *const c_void,
    n: size_t,
    size: size_t,
    cmp: unsafe extern "C" fn(*const c_void, *const c_void) -> c_int,
) -> *mut c_void {
    let (mut lo, mut hi) = (0usize, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let p = base.cast::<u8>().wrapping_add(mid * size).cast::<c_void>();
        // SAFETY: mid < n, so `p` is an element of the caller's array.
        let r = unsafe { cmp(key, p) };
        if r == 0 {
            return p.cast_mut();
        }
        if r < 0 {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    core::ptr::null_mut()
}

#[cfg(test)]
mod tests {
    use super::*;

    unsafe extern "C" fn cmp(a: *const c_void, b: *const c_void) -> c_int {
        // SAFETY: both point at i32s in the tests.
        let (a, b) = unsafe { (*a.cast::<i32>(), *b.cast::<i32>()) };
        (a > b) as c_int - (a < b) as c_int
    }

    #[test]
    fn finds_every_element_and_no_other() {
        for n in 0..40i32 {
            let v: Vec<i32> = (0..n).map(|i| 2 * i).collect();
            for k in -1..2 * n + 1 {
                // SAFETY: a sorted array of n i32s.
                let p = unsafe {
                    bsearch((&raw const k).cast(), v.as_ptr().cast(), n as usize, 4, cmp)
                };
                if k >= 0 && k % 2 == 0 && k < 2 * n {
                    assert_eq!(p as usize, v.as_ptr() as usize + (k as usize / 2) * 4);
                } else {
                    assert!(p.is_null());
                }
            }
        }
    }
}

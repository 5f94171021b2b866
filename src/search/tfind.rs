//! `tfind` (POSIX.1-2017 tfind(); musl: src/search/tfind.c).
use super::tsearch::{Compare, Node};
use crate::abi::types::c_void;

/// `void *tfind(const void *key, void *const *rootp, int (*compar)(const void *, const void *));`
/// — the node holding `key`, or NULL.
///
/// # Safety
/// As `tsearch`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tfind(
    key: *const c_void,
    rootp: *const *mut c_void,
    compar: Compare,
) -> *mut c_void {
    if rootp.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: the tree is well formed.
    unsafe {
        let mut n = *rootp as *mut Node;
        while !n.is_null() {
            let c = compar(key, (*n).key);
            if c == 0 {
                break;
            }
            n = (*n).a[(c > 0) as usize];
        }
        n as *mut c_void
    }
}

//! `tdelete` (POSIX.1-2017 tdelete(); musl: src/search/tdelete.c).
use super::tsearch::{Compare, MAXH, Node, rebalance};
use crate::abi::types::c_void;

/// `void *tdelete(const void *restrict key, void **restrict rootp,
///                int (*compar)(const void *, const void *));`
///
/// Removes `key`; returns the parent of the removed node, NULL when `key` is absent (or
/// `rootp` is NULL), and, as musl, the old root pointer (non-null, not to be
/// dereferenced) when the root itself went.
///
/// # Safety
/// As `tsearch`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tdelete(
    key: *const c_void,
    rootp: *mut *mut c_void,
    compar: Compare,
) -> *mut c_void {
    if rootp.is_null() {
        return core::ptr::null_mut();
    }
    let root = rootp as *mut *mut Node;
    // path[0] repeats the root link so that path[i - 2] is always the parent's link.
    let mut path: [*mut *mut Node; MAXH + 2] = [core::ptr::null_mut(); MAXH + 2];
    path[0] = root;
    path[1] = root;
    let mut i = 2;
    // SAFETY: the tree is well formed, so the walk stays on live nodes and within MAXH.
    unsafe {
        let mut n = *root;
        loop {
            if n.is_null() {
                return core::ptr::null_mut();
            }
            let c = compar(key, (*n).key);
            if c == 0 {
                break;
            }
            let side = (c > 0) as usize;
            path[i] = &raw mut (*n).a[side];
            i += 1;
            n = (*n).a[side];
        }
        let parent = *path[i - 2];
        let child;
        if !(*n).a[0].is_null() {
            // Move the in-order predecessor's key here and unlink the predecessor.
            let target = n;
            path[i] = &raw mut (*n).a[0];
            i += 1;
            n = (*n).a[0];
            while !(*n).a[1].is_null() {
                path[i] = &raw mut (*n).a[1];
                i += 1;
                n = (*n).a[1];
            }
            (*target).key = (*n).key;
            child = (*n).a[0];
        } else {
            child = (*n).a[1];
        }
        crate::malloc::libc::free(n as *mut c_void);
        i -= 1;
        *path[i] = child;
        while i > 1 {
            i -= 1;
            if !rebalance(path[i]) {
                break;
            }
        }
        parent as *mut c_void
    }
}

//! `tdestroy` (GNU; musl: src/search/tdestroy.c).
use super::tsearch::Node;
use crate::abi::types::c_void;

/// `void tdestroy(void *root, void (*free_node)(void *));` — frees every node of the
/// tree, calling `free_node` on each stored key first (when it is not NULL).
///
/// # Safety
/// `root` is NULL or a tree built by `tsearch`, not used afterwards.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tdestroy(
    root: *mut c_void,
    free_node: Option<unsafe extern "C" fn(*mut c_void)>,
) {
    let n = root as *mut Node;
    if n.is_null() {
        return;
    }
    // SAFETY: n is a live node; the recursion depth is the (logarithmic) tree height.
    unsafe {
        tdestroy((*n).a[0] as *mut c_void, free_node);
        tdestroy((*n).a[1] as *mut c_void, free_node);
        if let Some(f) = free_node {
            f((*n).key as *mut c_void);
        }
        crate::malloc::libc::free(n as *mut c_void);
    }
}

//! `twalk` (POSIX.1-2017 twalk(); musl: src/search/twalk.c).
use super::tsearch::Node;
use crate::abi::types::{c_int, c_void};

/// `VISIT` values (`<search.h>`).
const PREORDER: c_int = 0;
const POSTORDER: c_int = 1;
const ENDORDER: c_int = 2;
const LEAF: c_int = 3;

type Action = unsafe extern "C" fn(*const c_void, c_int, c_int);

/// Visits `n` at depth `d`; the recursion depth is the tree height (AVL: logarithmic).
///
/// # Safety
/// `n` is null or a node of a well-formed tree.
unsafe fn walk(n: *const Node, action: Action, d: c_int) {
    if n.is_null() {
        return;
    }
    // SAFETY: n is a live node; its children are null or live.
    unsafe {
        if (*n).h == 1 {
            action(n as *const c_void, LEAF, d);
        } else {
            action(n as *const c_void, PREORDER, d);
            walk((*n).a[0], action, d + 1);
            action(n as *const c_void, POSTORDER, d);
            walk((*n).a[1], action, d + 1);
            action(n as *const c_void, ENDORDER, d);
        }
    }
}

/// `void twalk(const void *root, void (*action)(const void *, VISIT, int));`
///
/// Calls `action` for every node: `preorder` before its left subtree, `postorder`
/// between the subtrees (in key order), `endorder` after; `leaf` once for childless
/// nodes. The third argument is the depth, 0 at the root.
///
/// # Safety
/// `root` is NULL or a tree built by `tsearch`; `action` must not modify the tree.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn twalk(root: *const c_void, action: Action) {
    // SAFETY: the caller's contract.
    unsafe { walk(root as *const Node, action, 0) }
}

//! `tsearch` (POSIX.1-2017 tsearch(); musl: src/search/tsearch.c) and the AVL tree the
//! `t*` family shares: each node starts with its key, so `*(void **)node` is the key.
use crate::abi::types::{c_int, c_void};

/// The comparison callback of the `t*` functions.
pub type Compare = unsafe extern "C" fn(*const c_void, *const c_void) -> c_int;

/// A tree node. ABI: callers read `key` through the returned pointer (`*(void **)p`).
#[repr(C)]
pub struct Node {
    pub key: *const c_void,
    /// Left (`[0]`, smaller) and right (`[1]`) subtrees.
    pub a: [*mut Node; 2],
    /// Height of this subtree; a leaf is 1.
    pub h: c_int,
}
const _: () = assert!(core::mem::offset_of!(Node, key) == 0);

/// Most levels an AVL tree that fits in memory can have (about 1.44 log2 of the nodes).
pub const MAXH: usize = usize::BITS as usize * 3 / 2;

fn height(n: *const Node) -> c_int {
    // SAFETY: n is null or a live node.
    if n.is_null() { 0 } else { unsafe { (*n).h } }
}

/// Rotates the subtree `*p` rooted at `x` whose `dir` side is two levels deeper; returns
/// the change of its height.
///
/// # Safety
/// `x` is `*p`, and its `dir` child exists.
unsafe fn rotate(p: *mut *mut Node, x: *mut Node, dir: usize) -> c_int {
    // SAFETY: the caller's contract; z is checked before a double rotation uses it.
    unsafe {
        let y = (*x).a[dir];
        let z = (*y).a[1 - dir];
        let hx = (*x).h;
        let hz = height(z);
        let top = if hz > height((*y).a[dir]) {
            // Double rotation: z (the inner grandchild) becomes the root.
            (*x).a[dir] = (*z).a[1 - dir];
            (*y).a[1 - dir] = (*z).a[dir];
            (*z).a[1 - dir] = x;
            (*z).a[dir] = y;
            (*x).h = hz;
            (*y).h = hz;
            (*z).h = hz + 1;
            z
        } else {
            // Single rotation: y becomes the root, z moves under x.
            (*x).a[dir] = z;
            (*y).a[1 - dir] = x;
            (*x).h = hz + 1;
            (*y).h = hz + 2;
            y
        };
        *p = top;
        (*top).h - hx
    }
}

/// Restores the AVL balance of `*p` after one of its subtrees changed height by one;
/// returns whether `*p`'s own height changed (so its parent needs a look too).
///
/// # Safety
/// `*p` is a live node whose subtrees are balanced.
pub unsafe fn rebalance(p: *mut *mut Node) -> bool {
    // SAFETY: the caller's contract.
    unsafe {
        let n = *p;
        let h0 = height((*n).a[0]);
        let h1 = height((*n).a[1]);
        if (h0 - h1).abs() <= 1 {
            let old = (*n).h;
            (*n).h = h0.max(h1) + 1;
            return (*n).h != old;
        }
        rotate(p, n, (h0 < h1) as usize) != 0
    }
}

/// `void *tsearch(const void *key, void **rootp, int (*compar)(const void *, const void *));`
///
/// Finds `key` in the tree at `*rootp` or inserts it; returns the node (whose first
/// member is the stored key pointer), or NULL if `rootp` is NULL or memory ran out.
///
/// # Safety
/// `*rootp` is NULL or a tree built by these functions; `compar` orders the keys.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tsearch(
    key: *const c_void,
    rootp: *mut *mut c_void,
    compar: Compare,
) -> *mut c_void {
    if rootp.is_null() {
        return core::ptr::null_mut();
    }
    // The links followed from the root down; the last one gets the new node.
    let mut path: [*mut *mut Node; MAXH + 1] = [core::ptr::null_mut(); MAXH + 1];
    let mut i = 0;
    path[i] = rootp as *mut *mut Node;
    i += 1;
    // SAFETY: the tree is well formed, so the walk stays on live nodes and within MAXH.
    unsafe {
        let mut n = *rootp as *mut Node;
        while !n.is_null() {
            let c = compar(key, (*n).key);
            if c == 0 {
                return n as *mut c_void;
            }
            let side = (c > 0) as usize;
            path[i] = &raw mut (*n).a[side];
            i += 1;
            n = (*n).a[side];
        }
        let r = crate::malloc::libc::malloc(size_of::<Node>()) as *mut Node;
        if r.is_null() {
            return core::ptr::null_mut();
        }
        r.write(Node {
            key,
            a: [core::ptr::null_mut(); 2],
            h: 1,
        });
        i -= 1;
        *path[i] = r;
        while i > 0 {
            i -= 1;
            if !rebalance(path[i]) {
                break;
            }
        }
        r as *mut c_void
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    unsafe extern "C" fn cmp(a: *const c_void, b: *const c_void) -> c_int {
        // SAFETY: the test passes pointers to usize keys.
        let (x, y) = unsafe { (*(a as *const usize), *(b as *const usize)) };
        x.cmp(&y) as c_int
    }

    /// Checks the AVL invariants; returns the height.
    fn check(n: *const Node) -> c_int {
        if n.is_null() {
            return 0;
        }
        // SAFETY: a live node of the test tree.
        let (l, r, h) = unsafe { ((*n).a[0], (*n).a[1], (*n).h) };
        let (hl, hr) = (check(l), check(r));
        assert!((hl - hr).abs() <= 1);
        assert_eq!(h, hl.max(hr) + 1);
        h
    }

    #[test]
    fn stays_balanced_through_inserts_and_deletes() {
        let keys: Vec<usize> = (0..2000).map(|i| (i * 7919) % 2003).collect();
        let mut root: *mut c_void = core::ptr::null_mut();
        // SAFETY: keys outlive the tree; the tree is only used through these functions.
        unsafe {
            for k in &keys {
                assert!(!tsearch(k as *const usize as *const c_void, &mut root, cmp).is_null());
            }
            check(root as *const Node);
            for k in keys.iter().step_by(2) {
                let p = k as *const usize as *const c_void;
                assert!(!crate::search::tdelete::tdelete(p, &mut root, cmp).is_null());
                assert!(crate::search::tfind::tfind(p, &root, cmp).is_null());
            }
            check(root as *const Node);
            for k in keys.iter().skip(1).step_by(2) {
                let p = k as *const usize as *const c_void;
                assert!(!crate::search::tfind::tfind(p, &root, cmp).is_null());
                crate::search::tdelete::tdelete(p, &mut root, cmp);
            }
        }
        assert!(root.is_null());
    }
}

//! `insque`, `remque` (POSIX search.h; musl: src/search/insque.c).
use crate::abi::types::c_void;

/// The two link words every queue element starts with.
#[repr(C)]
struct Node {
    next: *mut Node,
    prev: *mut Node,
}

/// `void insque(void *element, void *pred);`
///
/// Inserts `element` after `pred`; a null `pred` starts a new linear list.
///
/// # Safety
/// `element` and `pred` (if not null) start with two writable link pointers; the list
/// is well formed.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn insque(element: *mut c_void, pred: *mut c_void) {
    let e = element.cast::<Node>();
    let p = pred.cast::<Node>();
    // SAFETY: caller contract.
    unsafe {
        if p.is_null() {
            (*e).next = core::ptr::null_mut();
            (*e).prev = core::ptr::null_mut();
            return;
        }
        (*e).next = (*p).next;
        (*e).prev = p;
        (*p).next = e;
        if !(*e).next.is_null() {
            (*(*e).next).prev = e;
        }
    }
}

/// `void remque(void *element);`
///
/// # Safety
/// `element` is in a well-formed list.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn remque(element: *mut c_void) {
    let e = element.cast::<Node>();
    // SAFETY: caller contract.
    unsafe {
        if !(*e).next.is_null() {
            (*(*e).next).prev = (*e).prev;
        }
        if !(*e).prev.is_null() {
            (*(*e).prev).next = (*e).next;
        }
    }
}

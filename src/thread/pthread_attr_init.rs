//! `pthread_attr_init`, `pthread_attr_destroy` (POSIX; musl: src/thread/pthread_attr_init.c,
//! pthread_attr_destroy.c).
use super::pthread_attr::Attr;
use crate::abi::types::c_int;

/// `int pthread_attr_init(pthread_attr_t *attr);`
///
/// # Safety
/// `attr` must point to writable storage for a `pthread_attr_t`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_init(attr: *mut Attr) -> c_int {
    // SAFETY: the caller provides the storage.
    unsafe { attr.write(Attr::defaults()) };
    0
}

/// `int pthread_attr_destroy(pthread_attr_t *attr);` — nothing to release.
///
/// # Safety
/// `attr` must be an initialised attribute object.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_destroy(_attr: *mut Attr) -> c_int {
    0
}

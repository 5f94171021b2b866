//! The `pthread_attr_get*` functions (POSIX; musl: src/thread/pthread_attr_get.c).
use super::pthread_attr::Attr;
use crate::abi::types::{c_int, c_void};

/// `int pthread_attr_getdetachstate(const pthread_attr_t *a, int *state);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getdetachstate(a: *const Attr, state: *mut c_int) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *state = (*a).detach };
    0
}

/// `int pthread_attr_getstacksize(const pthread_attr_t *a, size_t *size);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getstacksize(a: *const Attr, size: *mut usize) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *size = (*a).stack_size };
    0
}

/// `int pthread_attr_getguardsize(const pthread_attr_t *a, size_t *size);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getguardsize(a: *const Attr, size: *mut usize) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *size = (*a).guard_size };
    0
}

/// `int pthread_attr_getstack(const pthread_attr_t *a, void **addr, size_t *size);` —
/// `addr` is the lowest address of a user-supplied stack.
///
/// # Safety
/// All pointers must be valid.
///
/// # Errors
/// `EINVAL` when no stack was set.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_attr_getstack(
    a: *const Attr,
    addr: *mut *mut c_void,
    size: *mut usize,
) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    unsafe {
        if (*a).stack_addr == 0 {
            return crate::abi::errno::EINVAL;
        }
        *size = (*a).stack_size;
        *addr = ((*a).stack_addr - (*a).stack_size) as *mut c_void;
    }
    0
}

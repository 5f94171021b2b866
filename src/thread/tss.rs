//! C11 thread-specific storage and `call_once`: `tss_create`, `tss_delete`, `tss_get`,
//! `tss_set`, `call_once` (C17 7.26.6, 7.26.2.1; musl: src/thread/tss_*.c, call_once.c).
use super::pthread_key_create as keys;
use super::thrd::{THRD_ERROR, THRD_SUCCESS};
use crate::abi::types::{c_int, c_uint, c_void};

/// `int tss_create(tss_t *key, tss_dtor_t dtor);`
///
/// # Safety
/// `key` must be writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tss_create(
    key: *mut c_uint,
    dtor: Option<unsafe extern "C" fn(*mut c_void)>,
) -> c_int {
    // SAFETY: forwarded contract.
    if unsafe { keys::pthread_key_create(key, dtor) } == 0 {
        THRD_SUCCESS
    } else {
        THRD_ERROR
    }
}

/// `void tss_delete(tss_t key);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tss_delete(key: c_uint) {
    keys::pthread_key_delete(key);
}

/// `void *tss_get(tss_t key);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tss_get(key: c_uint) -> *mut c_void {
    keys::pthread_getspecific(key)
}

/// `int tss_set(tss_t key, void *value);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tss_set(key: c_uint, value: *mut c_void) -> c_int {
    if keys::pthread_setspecific(key, value) == 0 {
        THRD_SUCCESS
    } else {
        THRD_ERROR
    }
}

/// `void call_once(once_flag *flag, void (*func)(void));`
///
/// # Safety
/// `flag` must be a `once_flag` initialised with `ONCE_FLAG_INIT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn call_once(flag: *mut c_int, func: unsafe extern "C" fn()) {
    // SAFETY: forwarded contract.
    unsafe { super::pthread_once::pthread_once(flag, func) };
}

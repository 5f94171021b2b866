//! `reallocarray` (POSIX.1-2024; musl: src/malloc/reallocarray.c): `realloc` with an
//! overflow-checked `nmemb * size`.
use crate::abi::errno::ENOMEM;
use crate::abi::types::c_void;

/// `void *reallocarray(void *ptr, size_t nmemb, size_t size);`
///
/// # Safety
/// As for `realloc`.
///
/// # Errors
/// `ENOMEM`: no memory, or the product overflows (`ptr` is left unchanged).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn reallocarray(ptr: *mut c_void, nmemb: usize, size: usize) -> *mut c_void {
    match nmemb.checked_mul(size) {
        // SAFETY: the caller's contract is realloc's. Through the interposable name, so a
        // program's own realloc is used.
        Some(n) => unsafe { super::libc::realloc(ptr, n) },
        None => {
            crate::errno::set_errno(ENOMEM);
            core::ptr::null_mut()
        }
    }
}

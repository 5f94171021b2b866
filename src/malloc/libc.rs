//! How the rest of libc allocates memory a caller may free (strdup, getline,
//! open_memstream...): through the interposable C names, so a program that replaces
//! `malloc`/`free` gets its own everywhere (C17 7.1.3, POSIX on replacement).
use crate::abi::types::c_void;

#[cfg(rcc_export)]
mod c {
    use crate::abi::types::c_void;
    unsafe extern "C" {
        pub fn malloc(n: usize) -> *mut c_void;
        pub fn calloc(m: usize, n: usize) -> *mut c_void;
        pub fn realloc(p: *mut c_void, n: usize) -> *mut c_void;
        pub fn free(p: *mut c_void);
    }
}
#[cfg(not(rcc_export))]
mod c {
    pub use super::super::calloc::calloc;
    pub use super::super::free::free;
    pub use super::super::malloc::malloc;
    pub use super::super::realloc::realloc;
}

/// `malloc` through the program's definition if it has one (sets errno on failure).
///
/// # Safety
/// None beyond the C contract of `malloc`.
pub unsafe fn malloc(n: usize) -> *mut c_void {
    // SAFETY: the C contract.
    unsafe { c::malloc(n) }
}

/// `calloc` through the program's definition if it has one.
///
/// # Safety
/// As `malloc`.
pub unsafe fn calloc(m: usize, n: usize) -> *mut c_void {
    // SAFETY: the C contract.
    unsafe { c::calloc(m, n) }
}

/// `realloc` through the program's definition if it has one.
///
/// # Safety
/// `p` is null or came from `malloc`/`calloc`/`realloc` here.
pub unsafe fn realloc(p: *mut c_void, n: usize) -> *mut c_void {
    // SAFETY: the C contract.
    unsafe { c::realloc(p, n) }
}

/// `free` through the program's definition if it has one.
///
/// # Safety
/// `p` is null or came from `malloc`/`calloc`/`realloc` here.
pub unsafe fn free(p: *mut c_void) {
    // SAFETY: the C contract.
    unsafe { c::free(p) }
}

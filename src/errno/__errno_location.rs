//! `__errno_location`: the address of the calling thread's `errno` (musl:
//! src/errno/__errno_location.c). Under `cargo test` errno lives in a host thread-local,
//! because the host's `%fs` does not point at an rcc thread descriptor.
use crate::abi::types::c_int;

#[cfg(not(test))]
fn location() -> *mut c_int {
    // SAFETY: the thread descriptor is installed before any C code runs.
    unsafe { &raw mut (*crate::rt::thread::current()).errno_val }
}

#[cfg(test)]
fn location() -> *mut c_int {
    std::thread_local!(static ERRNO: core::cell::Cell<c_int> = const { core::cell::Cell::new(0) });
    ERRNO.with(|e| e.as_ptr())
}

/// `int *__errno_location(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __errno_location() -> *mut c_int {
    location()
}

/// Sets the calling thread's `errno`.
#[inline]
pub fn set_errno(e: c_int) {
    // SAFETY: `location` is this thread's live errno slot.
    unsafe { *location() = e };
}

/// Reads the calling thread's `errno`.
#[inline]
pub fn errno() -> c_int {
    // SAFETY: as in set_errno.
    unsafe { *location() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_then_read() {
        set_errno(34);
        assert_eq!(errno(), 34);
        // SAFETY: the pointer is this thread's slot.
        assert_eq!(unsafe { *__errno_location() }, 34);
    }
}

//! `getlogin_r` (POSIX.1-2017 getlogin_r(); musl: src/unistd/getlogin_r.c).
use crate::abi::errno::{ENXIO, ERANGE};
use crate::abi::types::{c_char, c_int, size_t};

/// `int getlogin_r(char *name, size_t size);`
///
/// # Safety
/// `name` must be writable for `size` bytes.
///
/// # Errors
/// Returned, not set: `ENXIO` (no login name), `ERANGE` (does not fit).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getlogin_r(name: *mut c_char, size: size_t) -> c_int {
    let login = super::getlogin::getlogin();
    if login.is_null() {
        return ENXIO;
    }
    let mut n = 0;
    // SAFETY: `login` is a NUL-terminated environment string.
    while unsafe { *login.add(n) } != 0 {
        n += 1;
    }
    if n >= size {
        return ERANGE;
    }
    // SAFETY: `n + 1 <= size` bytes fit in `name`; the source has `n + 1` bytes.
    unsafe { core::ptr::copy_nonoverlapping(login, name, n + 1) };
    0
}

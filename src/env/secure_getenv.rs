//! `secure_getenv` (GNU, POSIX.1-2024; musl: src/env/secure_getenv.c).
use crate::abi::auxv::AT_SECURE;
use crate::abi::types::c_char;

/// `char *secure_getenv(const char *name);` — `getenv`, except NULL in a program started
/// with `AT_SECURE` set (setuid, setgid, file capabilities).
///
/// # Safety
/// `name` must be a NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn secure_getenv(name: *const c_char) -> *mut c_char {
    if crate::rt::auxv::aux(AT_SECURE) != 0 {
        return core::ptr::null_mut();
    }
    // SAFETY: forwarded contract.
    unsafe { super::getenv::getenv(name) }
}

//! `getlogin` (POSIX.1-2017 getlogin(); musl: src/unistd/getlogin.c).
use crate::abi::types::c_char;

/// `char *getlogin(void);`
///
/// As musl: the value of `LOGNAME`, or null when it is unset (no utmp lookup).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getlogin() -> *mut c_char {
    // SAFETY: the name is a C string literal.
    unsafe { crate::env::getenv::getenv(c"LOGNAME".as_ptr()) }
}

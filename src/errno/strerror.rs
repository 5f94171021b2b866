//! `strerror`, `strerror_l` (C11 7.24.6.2, POSIX.1-2008; musl: src/errno/strerror.c).
use crate::abi::locale::locale_t;
use crate::abi::types::{c_char, c_int};
use crate::errno::__strerror::message;

/// `char *strerror(int errnum);`
///
/// A static message for `errnum` (musl's texts; "No error information" for unknown
/// numbers). The string must not be modified.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn strerror(errnum: c_int) -> *mut c_char {
    message(errnum).as_ptr().cast_mut()
}

/// `char *__strerror_l(int errnum, locale_t loc);` (exported as `strerror_l`)
///
/// `strerror` in `loc`; rcc's messages exist only in the C locale.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn __strerror_l(errnum: c_int, _loc: locale_t) -> *mut c_char {
    strerror(errnum)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak strerror_l", ".set strerror_l, __strerror_l");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        // SAFETY: strerror returns a static C string.
        let s = unsafe { core::ffi::CStr::from_ptr(strerror(22)) };
        assert_eq!(s, c"Invalid argument");
        assert_eq!(__strerror_l(9999, core::ptr::null_mut()), strerror(-5));
    }
}

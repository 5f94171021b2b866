//! `strerror_r` in its XSI form, also exported as `__xpg_strerror_r` (POSIX.1-2008;
//! musl: src/string/strerror_r.c).
use crate::abi::errno::ERANGE;
use crate::abi::types::{c_char, c_int, size_t};
use crate::errno::__strerror::message;
use crate::string::memcpy::copy_forward;

/// `int strerror_r(int errnum, char *buf, size_t buflen);`
///
/// Copies the message for `errnum` into `buf`. Returns 0, or `ERANGE` when the message
/// and its terminator do not fit; then as much as fits is stored, terminated, when
/// `buflen > 0`. `errno` is left alone. Unknown numbers get "No error information" and 0.
///
/// DIFF(glibc): glibc's `<string.h>` under `_GNU_SOURCE` declares a GNU `char *strerror_r`;
/// rcc, like musl, has only this XSI form (glibc's XSI one is `__xpg_strerror_r`, which
/// returns `EINVAL` for unknown numbers where musl and rcc return 0).
///
/// # Safety
/// `buf` writable for `buflen` bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strerror_r(errnum: c_int, buf: *mut c_char, buflen: size_t) -> c_int {
    let msg = message(errnum).to_bytes();
    let (n, ret) = if msg.len() < buflen {
        (msg.len(), 0)
    } else {
        (buflen.saturating_sub(1), ERANGE)
    };
    if buflen > 0 {
        // SAFETY: n < buflen bytes of the static message go into `buf`, then one NUL.
        unsafe {
            copy_forward(buf.cast(), msg.as_ptr(), n);
            *buf.add(n) = 0;
        }
    }
    ret
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak __xpg_strerror_r",
    ".set __xpg_strerror_r, strerror_r"
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fits_truncates_and_unknown() {
        let mut b = [b'#' as c_char; 32];
        // SAFETY: 32-byte buffer; lengths passed never exceed it.
        unsafe {
            assert_eq!(strerror_r(22, b.as_mut_ptr(), 32), 0);
            assert_eq!(core::ffi::CStr::from_ptr(b.as_ptr()), c"Invalid argument");
            assert_eq!(strerror_r(22, b.as_mut_ptr(), 16), ERANGE);
            assert_eq!(core::ffi::CStr::from_ptr(b.as_ptr()), c"Invalid argumen");
            assert_eq!(strerror_r(22, b.as_mut_ptr(), 17), 0);
            b[0] = b'#' as c_char;
            assert_eq!(strerror_r(22, b.as_mut_ptr(), 0), ERANGE);
            assert_eq!(b[0], b'#' as c_char);
            assert_eq!(strerror_r(12345, b.as_mut_ptr(), 32), 0);
            assert_eq!(
                core::ffi::CStr::from_ptr(b.as_ptr()),
                c"No error information"
            );
        }
    }
}

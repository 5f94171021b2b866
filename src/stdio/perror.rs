//! `perror` (C17 7.21.10.4; musl: src/stdio/perror.c).
use super::file::{lock, unlock};
use crate::abi::types::c_char;

/// `void perror(const char *msg);`
///
/// Writes `msg: ` (when `msg` is non-null and non-empty), the message for `errno` and a
/// newline to `stderr`, in one locked operation.
///
/// # Safety
/// `msg` null or NUL-terminated.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn perror(msg: *const c_char) {
    let f = super::stderr::stderr_file();
    let text = crate::errno::__strerror::message(crate::errno::errno()).to_bytes();
    // SAFETY: the caller guarantees `msg`; stderr is static; the lock brackets the writes.
    unsafe {
        let locked = lock(f);
        // Gather into one write when it fits (stderr is unbuffered).
        let mut line = [0u8; 256];
        let mut n = 0;
        let mut put = |bytes: &[u8]| {
            if n + bytes.len() <= line.len() {
                line[n..n + bytes.len()].copy_from_slice(bytes);
                n += bytes.len();
            } else {
                super::fwrite::fwritex(line.as_ptr(), n, f);
                n = 0;
                super::fwrite::fwritex(bytes.as_ptr(), bytes.len(), f);
            }
        };
        if !msg.is_null() && *msg != 0 {
            put(core::ffi::CStr::from_ptr(msg).to_bytes());
            put(b": ");
        }
        put(text);
        put(b"\n");
        super::fwrite::fwritex(line.as_ptr(), n, f);
        if locked {
            unlock(f);
        }
    }
}

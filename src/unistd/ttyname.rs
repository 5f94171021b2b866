//! `ttyname` (POSIX.1-2017 ttyname(); musl: src/unistd/ttyname.c).
use crate::abi::types::{c_char, c_int};

/// The static result buffer (`TTY_NAME_MAX` bytes, as musl).
static mut BUF: [c_char; 32] = [0; 32];

/// `char *ttyname(int fd);`
///
/// Returns a static buffer that the next call overwrites (not thread-safe, as POSIX allows).
///
/// # Errors
/// Null with `errno` as `ttyname_r` reports it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ttyname(fd: c_int) -> *mut c_char {
    let buf = &raw mut BUF;
    // SAFETY: BUF is 32 writable bytes; concurrent callers race as POSIX permits.
    match unsafe { super::ttyname_r::ttyname_r(fd, buf.cast(), 32) } {
        0 => buf.cast(),
        e => {
            crate::errno::set_errno(e);
            core::ptr::null_mut()
        }
    }
}

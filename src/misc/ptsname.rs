//! `ptsname` (POSIX.1-2017 ptsname(); musl: src/misc/ptsname.c).
use super::pty::{NAME_MAX, pts_name, pty_number};
use crate::abi::types::{c_char, c_int};
use crate::errno::set_errno;
use core::cell::UnsafeCell;

/// The static buffer POSIX lets `ptsname` return (not thread-safe, by specification).
struct NameBuf(UnsafeCell<[u8; NAME_MAX]>);
// SAFETY: ptsname is documented as not thread-safe; callers needing that use ptsname_r.
unsafe impl Sync for NameBuf {}
static BUF: NameBuf = NameBuf(UnsafeCell::new([0; NAME_MAX]));

/// `char *ptsname(int fd);`: the slave's path, in a static buffer.
///
/// # Errors
/// `EBADF`, `ENOTTY` (not a master).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ptsname(fd: c_int) -> *mut c_char {
    match pty_number(fd) {
        Ok(n) => {
            // SAFETY: see `NameBuf`: the caller accepts the static buffer's sharing.
            let buf = unsafe { &mut *BUF.0.get() };
            pts_name(n, buf);
            buf.as_mut_ptr().cast()
        }
        Err(e) => {
            set_errno(e.0);
            core::ptr::null_mut()
        }
    }
}

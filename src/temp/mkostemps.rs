//! `mkostemps` (GNU, BSD; musl: src/temp/mkostemps.c) and the engine behind `mkstemp`,
//! `mkostemp` and `mkstemps`.
use super::__randname::{try_names, xs};
use crate::abi::fcntl::{AT_FDCWD, O_ACCMODE, O_CREAT, O_EXCL, O_LARGEFILE, O_RDWR};
use crate::abi::types::{c_char, c_int};
use crate::errno::c_ret;
use crate::sys::Errno;

/// Replaces the `XXXXXX` that ends `template` `suffix` bytes before its end and creates
/// that file with mode 0600, `O_EXCL`, read-write, plus `flags` (`O_CLOEXEC`, `O_APPEND`,
/// `O_SYNC`...; any access mode in `flags` is ignored).
///
/// # Safety
/// `template` is a writable NUL-terminated string.
pub unsafe fn make_file(
    template: *mut c_char,
    suffix: usize,
    flags: c_int,
) -> Result<c_int, Errno> {
    // SAFETY: the caller's contract.
    let p = unsafe { xs(template, suffix)? };
    let flags = (flags & !O_ACCMODE) | O_RDWR | O_CREAT | O_EXCL | O_LARGEFILE;
    // SAFETY: template stays NUL-terminated; p is its six-byte slot.
    unsafe {
        try_names(p, || {
            crate::sys::fs::openat(AT_FDCWD, template, flags, 0o600)
        })
    }
}

/// `int mkostemps(char *template, int suffixlen, int flags);`
///
/// # Safety
/// `template` is a writable NUL-terminated string.
///
/// # Errors
/// `EINVAL` when `template` does not have `XXXXXX` just before its `suffixlen`-byte
/// suffix; `EEXIST` after 100 names in use; whatever `open` reports.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mkostemps(template: *mut c_char, suffixlen: c_int, flags: c_int) -> c_int {
    // SAFETY: forwarded contract; a negative suffixlen becomes huge and fails with EINVAL.
    c_ret(
        unsafe { make_file(template, suffixlen as usize, flags) },
        -1,
    )
}

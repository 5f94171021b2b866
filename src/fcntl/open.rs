//! `open`, `openat` bodies (POSIX.1-2017 open(); musl: src/fcntl/open.c, openat.c). The C
//! entry points (variadic, in src/shim/open.c) fetch `mode` and call these.
use crate::abi::fcntl::{AT_FDCWD, O_LARGEFILE};
use crate::abi::types::{c_char, c_int, mode_t};
use crate::errno::c_ret;

/// `openat` with the mode already fetched. `O_LARGEFILE` is implied on 64-bit.
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// Whatever the kernel reports: `ENOENT`, `EEXIST`, `EACCES`, `EMFILE`, `ENOTDIR`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __rcc_openat(
    dirfd: c_int,
    path: *const c_char,
    flags: c_int,
    mode: mode_t,
) -> c_int {
    // SAFETY: the caller guarantees path.
    // A cancellation point, as in musl (internal opens such as fopen's are not).
    let r = unsafe {
        crate::thread::syscall_cp::cp4(
            crate::sys::nr::SYS_openat,
            dirfd as usize,
            path as usize,
            (flags | O_LARGEFILE) as usize,
            mode as usize,
        )
    };
    c_ret(crate::sys::check(r).map(|fd| fd as c_int), -1)
}

/// `open` with the mode already fetched.
///
/// # Safety
/// As [`__rcc_openat`].
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __rcc_open(path: *const c_char, flags: c_int, mode: mode_t) -> c_int {
    // SAFETY: as above.
    unsafe { __rcc_openat(AT_FDCWD, path, flags, mode) }
}

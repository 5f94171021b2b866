//! `fchownat` (POSIX.1-2017 fchownat(); musl: src/unistd/fchownat.c).
use crate::abi::types::{c_char, c_int, gid_t, uid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall5};

/// `int fchownat(int dirfd, const char *path, uid_t uid, gid_t gid, int flags);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// As `chown`, plus `EBADF` (bad `dirfd`) and `EINVAL` (bad flags).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fchownat(
    dirfd: c_int,
    path: *const c_char,
    uid: uid_t,
    gid: gid_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller guarantees the C strings.
    __syscall_ret(unsafe {
        syscall5(
            SYS_fchownat,
            dirfd as usize,
            path as usize,
            uid as usize,
            gid as usize,
            flags as usize,
        )
    }) as c_int
}

//! `faccessat` (POSIX.1-2017 faccessat(); musl: src/unistd/faccessat.c).
use crate::abi::errno::{EINVAL, ENOSYS};
use crate::abi::fcntl::AT_EACCESS;
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall0, syscall3, syscall4};

/// `int faccessat(int dirfd, const char *path, int mode, int flags);`
///
/// Flags go to `faccessat2` (Linux 5.8); on older kernels `AT_EACCESS` is honoured only
/// when the real and effective ids agree, where it makes no difference.
/// DIFF(musl): musl forks a helper that drops to the effective ids on old kernels; rcc
/// reports `EINVAL` there instead.
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// As `access`, plus `EBADF` (bad `dirfd`) and `EINVAL` (unknown flags).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn faccessat(
    dirfd: c_int,
    path: *const c_char,
    mode: c_int,
    flags: c_int,
) -> c_int {
    let (d, p, m) = (dirfd as usize, path as usize, mode as usize);
    if flags == 0 {
        // SAFETY: the caller guarantees `path`.
        return __syscall_ret(unsafe { syscall3(SYS_faccessat, d, p, m) }) as c_int;
    }
    // SAFETY: as above.
    let r = unsafe { syscall4(SYS_faccessat2, d, p, m, flags as usize) };
    if r != -(ENOSYS as isize) {
        return __syscall_ret(r) as c_int;
    }
    if flags != AT_EACCESS {
        return __syscall_ret(-(EINVAL as isize)) as c_int;
    }
    // SAFETY: the id queries take no arguments.
    let same = unsafe {
        syscall0(SYS_getuid) == syscall0(SYS_geteuid)
            && syscall0(SYS_getgid) == syscall0(SYS_getegid)
    };
    if !same {
        return __syscall_ret(-(EINVAL as isize)) as c_int;
    }
    // SAFETY: the caller guarantees `path`.
    __syscall_ret(unsafe { syscall3(SYS_faccessat, d, p, m) }) as c_int
}

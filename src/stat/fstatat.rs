//! `fstatat` (POSIX.1-2017 fstatat(); musl: src/stat/fstatat.c).
use crate::abi::errno::EBADF;
use crate::abi::fcntl::AT_EMPTY_PATH;
use crate::abi::stat::stat;
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2, syscall4};

/// `int fstatat(int dirfd, const char *restrict path, struct stat *restrict st, int flags);`
///
/// # Safety
/// `path` must be a NUL-terminated string; `st` writable.
///
/// # Errors
/// `ENOENT`, `ENOTDIR`, `EACCES`, `ELOOP`, `ENAMETOOLONG`, `EBADF`, `EINVAL` (flags), `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fstatat(
    dirfd: c_int,
    path: *const c_char,
    st: *mut stat,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller guarantees `path` and `st`.
    unsafe {
        // A bare descriptor: plain fstat is quicker; it refuses O_PATH descriptors with
        // EBADF, which newfstatat with AT_EMPTY_PATH then handles.
        if flags == AT_EMPTY_PATH && dirfd >= 0 && *path == 0 {
            let r = syscall2(SYS_fstat, dirfd as usize, st as usize);
            if r != -(EBADF as isize) {
                return __syscall_ret(r) as c_int;
            }
        }
        __syscall_ret(syscall4(
            SYS_newfstatat,
            dirfd as usize,
            path as usize,
            st as usize,
            flags as usize,
        )) as c_int
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak fstatat64", ".set fstatat64, fstatat");

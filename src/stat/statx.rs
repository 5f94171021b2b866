//! `statx` (GNU, glibc 2.28 API; musl 1.2.5: src/linux/statx.c, not in musl 1.2.3):
//! extended file status with Linux 4.11's `statx` system call.
use crate::abi::stat::statx as Statx;
use crate::abi::types::{c_char, c_int, c_uint};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_statx, syscall5};

/// `int statx(int dirfd, const char *restrict path, int flags, unsigned mask,
/// struct statx *restrict buf);` — the fields asked for in `mask` (and any others the
/// kernel fills cheaply), with `buf->stx_mask` saying which are valid.
///
/// # Safety
/// `path` is a C string; `buf` is writable.
///
/// # Errors
/// `ENOENT`, `ENOTDIR`, `EACCES`, `ELOOP`, `ENAMETOOLONG`, `EBADF`, `EFAULT`, `ENOMEM`,
/// `EINVAL` (bad flags, or `mask` with the reserved bit `STATX__RESERVED`); `ENOSYS`
/// before Linux 4.11.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn statx(
    dirfd: c_int,
    path: *const c_char,
    flags: c_int,
    mask: c_uint,
    buf: *mut Statx,
) -> c_int {
    // SAFETY: the caller guarantees `path` and `buf`; the kernel writes one struct statx.
    let r = unsafe {
        syscall5(
            SYS_statx,
            dirfd as usize,
            path as usize,
            flags as usize,
            mask as usize,
            buf as usize,
        )
    };
    __syscall_ret(r) as c_int
}

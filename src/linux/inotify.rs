//! `inotify_init`, `inotify_init1`, `inotify_add_watch`, `inotify_rm_watch` (Linux
//! inotify(7); musl: src/linux/inotify.c).
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall1, syscall2, syscall3};

/// `int inotify_init(void);`
///
/// # Errors
/// `EMFILE`, `ENFILE`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn inotify_init() -> c_int {
    inotify_init1(0)
}

/// `int inotify_init1(int flags);`
///
/// # Errors
/// `EINVAL` (flags), `EMFILE`, `ENFILE`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn inotify_init1(flags: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall1(SYS_inotify_init1, flags as usize) }) as c_int
}

/// `int inotify_add_watch(int fd, const char *path, uint32_t mask);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// `EACCES`, `EBADF`, `EEXIST` (`IN_MASK_CREATE`), `EINVAL`, `ENOENT`, `ENOSPC`, `ENOTDIR`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn inotify_add_watch(fd: c_int, path: *const c_char, mask: u32) -> c_int {
    // SAFETY: the caller guarantees `path`.
    let r = unsafe {
        syscall3(
            SYS_inotify_add_watch,
            fd as usize,
            path as usize,
            mask as usize,
        )
    };
    __syscall_ret(r) as c_int
}

/// `int inotify_rm_watch(int fd, int wd);`
///
/// # Errors
/// `EBADF`, `EINVAL` (no such watch).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn inotify_rm_watch(fd: c_int, wd: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_inotify_rm_watch, fd as usize, wd as usize) }) as c_int
}

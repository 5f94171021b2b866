//! `mount`, `umount`, `umount2` (Linux mount(2), umount(2); musl: src/linux/mount.c).
use crate::abi::types::{c_char, c_int, c_ulong, c_void};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2, syscall5};

/// `int mount(const char *src, const char *target, const char *fstype, unsigned long flags,
/// const void *data);`
///
/// # Safety
/// Each string is null (where the kernel allows it) or NUL-terminated; `data` is null or
/// what `fstype` expects.
///
/// # Errors
/// `EPERM`, `EBUSY`, `EINVAL`, `ENODEV`, `ENOENT`, `ENOTBLK`, `ENOTDIR`, `EACCES`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mount(
    src: *const c_char,
    target: *const c_char,
    fstype: *const c_char,
    flags: c_ulong,
    data: *const c_void,
) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    let r = unsafe {
        syscall5(
            SYS_mount,
            src as usize,
            target as usize,
            fstype as usize,
            flags as usize,
            data as usize,
        )
    };
    __syscall_ret(r) as c_int
}

/// `int umount(const char *target);`
///
/// # Safety
/// `target` must be a NUL-terminated string.
///
/// # Errors
/// As `umount2`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn umount(target: *const c_char) -> c_int {
    // SAFETY: forwarded.
    unsafe { umount2(target, 0) }
}

/// `int umount2(const char *target, int flags);`
///
/// # Safety
/// `target` must be a NUL-terminated string.
///
/// # Errors
/// `EPERM`, `EBUSY`, `EINVAL` (not a mount point, bad flags), `ENOENT`, `EAGAIN`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn umount2(target: *const c_char, flags: c_int) -> c_int {
    // SAFETY: the caller guarantees `target`.
    __syscall_ret(unsafe { syscall2(SYS_umount2, target as usize, flags as usize) }) as c_int
}

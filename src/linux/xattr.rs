//! Extended attributes: `getxattr`, `setxattr`, `listxattr`, `removexattr` and their
//! `l*` (no symlink follow) and `f*` (descriptor) forms (Linux xattr(7); musl:
//! src/linux/xattr.c).
use crate::abi::types::{c_char, c_int, c_void, size_t, ssize_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2, syscall3, syscall4, syscall5};

/// `ssize_t getxattr(const char *path, const char *name, void *value, size_t size);`
///
/// # Safety
/// `path` is a NUL-terminated string; `name` is a NUL-terminated string; `value` is writable for `size` bytes (unused when `size` is 0).
///
/// # Errors
/// `ENODATA` (no such attribute), `ERANGE` (`size` too small), `ENOTSUP`, `ENOENT`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getxattr(
    path: *const c_char,
    name: *const c_char,
    value: *mut c_void,
    size: size_t,
) -> ssize_t {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe {
        syscall4(
            SYS_getxattr,
            path as usize,
            name as usize,
            value as usize,
            size,
        )
    })
}

/// `ssize_t listxattr(const char *path, char *list, size_t size);`
///
/// # Safety
/// `path` is a NUL-terminated string; `list` is writable for `size` bytes (unused when `size` is 0).
///
/// # Errors
/// `ERANGE` (`size` too small), `ENOTSUP`, `ENOENT`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn listxattr(
    path: *const c_char,
    list: *mut c_char,
    size: size_t,
) -> ssize_t {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe { syscall3(SYS_listxattr, path as usize, list as usize, size) })
}

/// `int setxattr(const char *path, const char *name, const void *value, size_t size, int flags);`
///
/// # Safety
/// `path` is a NUL-terminated string; `name` is a NUL-terminated string; `value` is readable for `size` bytes.
///
/// # Errors
/// `EEXIST` (`XATTR_CREATE`), `ENODATA` (`XATTR_REPLACE`), `ENOSPC`, `EDQUOT`, `ENOTSUP`, `EPERM`, `ERANGE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setxattr(
    path: *const c_char,
    name: *const c_char,
    value: *const c_void,
    size: size_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    let r = unsafe {
        syscall5(
            SYS_setxattr,
            path as usize,
            name as usize,
            value as usize,
            size,
            flags as usize,
        )
    };
    __syscall_ret(r) as c_int
}

/// `int removexattr(const char *path, const char *name);`
///
/// # Safety
/// `path` is a NUL-terminated string; `name` is a NUL-terminated string.
///
/// # Errors
/// `ENODATA`, `ENOTSUP`, `EPERM`, `ENOENT`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn removexattr(path: *const c_char, name: *const c_char) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe { syscall2(SYS_removexattr, path as usize, name as usize) }) as c_int
}

/// `ssize_t lgetxattr(const char *path, const char *name, void *value, size_t size);`
///
/// # Safety
/// `path` is a NUL-terminated string; `name` is a NUL-terminated string; `value` is writable for `size` bytes (unused when `size` is 0).
///
/// # Errors
/// `ENODATA` (no such attribute), `ERANGE` (`size` too small), `ENOTSUP`, `ENOENT`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn lgetxattr(
    path: *const c_char,
    name: *const c_char,
    value: *mut c_void,
    size: size_t,
) -> ssize_t {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe {
        syscall4(
            SYS_lgetxattr,
            path as usize,
            name as usize,
            value as usize,
            size,
        )
    })
}

/// `ssize_t llistxattr(const char *path, char *list, size_t size);`
///
/// # Safety
/// `path` is a NUL-terminated string; `list` is writable for `size` bytes (unused when `size` is 0).
///
/// # Errors
/// `ERANGE` (`size` too small), `ENOTSUP`, `ENOENT`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn llistxattr(
    path: *const c_char,
    list: *mut c_char,
    size: size_t,
) -> ssize_t {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe { syscall3(SYS_llistxattr, path as usize, list as usize, size) })
}

/// `int lsetxattr(const char *path, const char *name, const void *value, size_t size, int flags);`
///
/// # Safety
/// `path` is a NUL-terminated string; `name` is a NUL-terminated string; `value` is readable for `size` bytes.
///
/// # Errors
/// `EEXIST` (`XATTR_CREATE`), `ENODATA` (`XATTR_REPLACE`), `ENOSPC`, `EDQUOT`, `ENOTSUP`, `EPERM`, `ERANGE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn lsetxattr(
    path: *const c_char,
    name: *const c_char,
    value: *const c_void,
    size: size_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    let r = unsafe {
        syscall5(
            SYS_lsetxattr,
            path as usize,
            name as usize,
            value as usize,
            size,
            flags as usize,
        )
    };
    __syscall_ret(r) as c_int
}

/// `int lremovexattr(const char *path, const char *name);`
///
/// # Safety
/// `path` is a NUL-terminated string; `name` is a NUL-terminated string.
///
/// # Errors
/// `ENODATA`, `ENOTSUP`, `EPERM`, `ENOENT`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn lremovexattr(path: *const c_char, name: *const c_char) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe { syscall2(SYS_lremovexattr, path as usize, name as usize) }) as c_int
}

/// `ssize_t fgetxattr(int fd, const char *name, void *value, size_t size);`
///
/// # Safety
/// `fd` is any integer; `name` is a NUL-terminated string; `value` is writable for `size` bytes (unused when `size` is 0).
///
/// # Errors
/// `ENODATA` (no such attribute), `ERANGE` (`size` too small), `ENOTSUP`, `ENOENT`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetxattr(
    fd: c_int,
    name: *const c_char,
    value: *mut c_void,
    size: size_t,
) -> ssize_t {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe {
        syscall4(
            SYS_fgetxattr,
            fd as usize,
            name as usize,
            value as usize,
            size,
        )
    })
}

/// `ssize_t flistxattr(int fd, char *list, size_t size);`
///
/// # Safety
/// `fd` is any integer; `list` is writable for `size` bytes (unused when `size` is 0).
///
/// # Errors
/// `ERANGE` (`size` too small), `ENOTSUP`, `ENOENT`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn flistxattr(fd: c_int, list: *mut c_char, size: size_t) -> ssize_t {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe { syscall3(SYS_flistxattr, fd as usize, list as usize, size) })
}

/// `int fsetxattr(int fd, const char *name, const void *value, size_t size, int flags);`
///
/// # Safety
/// `fd` is any integer; `name` is a NUL-terminated string; `value` is readable for `size` bytes.
///
/// # Errors
/// `EEXIST` (`XATTR_CREATE`), `ENODATA` (`XATTR_REPLACE`), `ENOSPC`, `EDQUOT`, `ENOTSUP`, `EPERM`, `ERANGE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fsetxattr(
    fd: c_int,
    name: *const c_char,
    value: *const c_void,
    size: size_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    let r = unsafe {
        syscall5(
            SYS_fsetxattr,
            fd as usize,
            name as usize,
            value as usize,
            size,
            flags as usize,
        )
    };
    __syscall_ret(r) as c_int
}

/// `int fremovexattr(int fd, const char *name);`
///
/// # Safety
/// `fd` is any integer; `name` is a NUL-terminated string.
///
/// # Errors
/// `ENODATA`, `ENOTSUP`, `EPERM`, `ENOENT`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fremovexattr(fd: c_int, name: *const c_char) -> c_int {
    // SAFETY: the caller guarantees the pointers.
    __syscall_ret(unsafe { syscall2(SYS_fremovexattr, fd as usize, name as usize) }) as c_int
}

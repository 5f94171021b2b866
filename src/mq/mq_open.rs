//! `mq_open`, `mq_close`, `mq_unlink` (POSIX; musl: src/mq/mq_open.c, mq_close.c,
//! mq_unlink.c). The kernel names queues without the leading `/`; as musl, a name
//! without one is accepted too.
use crate::abi::errno::{EACCES, EPERM};
use crate::abi::mqueue::{mq_attr, mqd_t};
use crate::abi::types::{c_char, c_int, mode_t};
use crate::errno::c_ret;
use crate::sys::nr::{SYS_mq_open, SYS_mq_unlink};
use crate::sys::{Errno, check, syscall1, syscall4};

/// The name as the kernel wants it: one leading `/` dropped.
///
/// # Safety
/// `name` must be a NUL-terminated string.
unsafe fn kernel_name(name: *const c_char) -> *const c_char {
    // SAFETY: the string has at least its NUL.
    if unsafe { *name } == b'/' as c_char {
        // SAFETY: the byte after a '/' is still in the string.
        unsafe { name.add(1) }
    } else {
        name
    }
}

/// `mqd_t mq_open(const char *name, int oflag, ...);` with the optional `mode_t mode,
/// struct mq_attr *attr` already fetched (src/shim/mq_open.c reads them with `O_CREAT`).
/// The descriptor is close-on-exec (the kernel always makes it so).
///
/// # Safety
/// `name` must be a NUL-terminated string; `attr` null or valid.
///
/// # Errors
/// -1 and errno: `EACCES`, `EEXIST`, `EINVAL` (bad name or attributes), `EMFILE`,
/// `ENAMETOOLONG`, `ENOENT`, `ENOSPC`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __rcc_mq_open(
    name: *const c_char,
    flags: c_int,
    mode: mode_t,
    attr: *const mq_attr,
) -> mqd_t {
    // SAFETY: the caller guarantees `name` and `attr`.
    let r = check(unsafe {
        syscall4(
            SYS_mq_open,
            kernel_name(name) as usize,
            flags as usize,
            mode as usize,
            attr as usize,
        )
    });
    c_ret(r.map(|fd| fd as mqd_t), -1)
}

/// `int mq_close(mqd_t mqdes);`
///
/// # Errors
/// `EBADF`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn mq_close(mqdes: mqd_t) -> c_int {
    c_ret(crate::sys::fs::close(mqdes).map(|()| 0), -1)
}

/// `int mq_unlink(const char *name);`
///
/// # Safety
/// `name` must be a NUL-terminated string.
///
/// # Errors
/// `ENOENT`, `EACCES` (the kernel's `EPERM`, as musl maps it), `ENAMETOOLONG`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mq_unlink(name: *const c_char) -> c_int {
    // SAFETY: the caller guarantees `name`.
    let r = check(unsafe { syscall1(SYS_mq_unlink, kernel_name(name) as usize) });
    c_ret(
        r.map(|_| 0)
            .map_err(|e| if e.0 == EPERM { Errno(EACCES) } else { e }),
        -1,
    )
}

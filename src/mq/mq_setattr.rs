//! `mq_getattr`, `mq_setattr` (POSIX; musl: src/mq/mq_getattr.c, mq_setattr.c).
use crate::abi::mqueue::{mq_attr, mqd_t};
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::nr::SYS_mq_getsetattr;
use crate::sys::{check, syscall3};

/// `int mq_setattr(mqd_t mqdes, const struct mq_attr *restrict new,
/// struct mq_attr *restrict old);` — only `O_NONBLOCK` in `mq_flags` can change.
///
/// # Safety
/// `new` valid; `old` null or writable.
///
/// # Errors
/// `EBADF`, `EINVAL` (flags other than `O_NONBLOCK`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mq_setattr(mqdes: mqd_t, new: *const mq_attr, old: *mut mq_attr) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    let r = unsafe {
        syscall3(
            SYS_mq_getsetattr,
            mqdes as usize,
            new as usize,
            old as usize,
        )
    };
    c_ret(check(r).map(|_| 0), -1)
}

/// `int mq_getattr(mqd_t mqdes, struct mq_attr *attr);`
///
/// # Safety
/// `attr` writable.
///
/// # Errors
/// `EBADF`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mq_getattr(mqdes: mqd_t, attr: *mut mq_attr) -> c_int {
    // SAFETY: the caller guarantees `attr`; a null `new` changes nothing.
    unsafe { mq_setattr(mqdes, core::ptr::null(), attr) }
}

//! `mq_send`, `mq_timedsend`, `mq_receive`, `mq_timedreceive` (POSIX; musl:
//! src/mq/mq_send.c, mq_timedsend.c, mq_receive.c, mq_timedreceive.c). All four are
//! cancellation points.
use crate::abi::mqueue::mqd_t;
use crate::abi::time::timespec;
use crate::abi::types::{c_char, c_int, c_uint, size_t, ssize_t};
use crate::errno::c_ret;
use crate::sys::check;
use crate::sys::nr::{SYS_mq_timedreceive, SYS_mq_timedsend};
use crate::thread::pthread_cancel::syscall_cp;

/// `int mq_timedsend(mqd_t mqdes, const char *msg, size_t len, unsigned prio,
/// const struct timespec *abstime);` — `abstime` on CLOCK_REALTIME, used only when the
/// queue is full.
///
/// # Safety
/// `msg` readable for `len` bytes; `abstime` null or valid.
///
/// # Errors
/// `EAGAIN` (full, `O_NONBLOCK`), `EBADF`, `EINTR`, `EINVAL` (`prio >= MQ_PRIO_MAX` or a
/// bad `abstime`), `EMSGSIZE` (`len` above `mq_msgsize`), `ETIMEDOUT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mq_timedsend(
    mqdes: mqd_t,
    msg: *const c_char,
    len: size_t,
    prio: c_uint,
    abstime: *const timespec,
) -> c_int {
    let r = syscall_cp(
        SYS_mq_timedsend,
        mqdes as usize,
        msg as usize,
        len,
        prio as usize,
        abstime as usize,
        0,
    );
    c_ret(check(r).map(|_| 0), -1)
}

/// `int mq_send(mqd_t mqdes, const char *msg, size_t len, unsigned prio);`
///
/// # Safety
/// As [`mq_timedsend`].
///
/// # Errors
/// As [`mq_timedsend`], without `ETIMEDOUT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mq_send(
    mqdes: mqd_t,
    msg: *const c_char,
    len: size_t,
    prio: c_uint,
) -> c_int {
    // SAFETY: as the caller guarantees.
    unsafe { mq_timedsend(mqdes, msg, len, prio, core::ptr::null()) }
}

/// `ssize_t mq_timedreceive(mqd_t mqdes, char *msg, size_t len, unsigned *prio,
/// const struct timespec *abstime);` — takes the oldest message of the highest priority.
///
/// # Safety
/// `msg` writable for `len` bytes; `prio` null or writable; `abstime` null or valid.
///
/// # Errors
/// `EAGAIN` (empty, `O_NONBLOCK`), `EBADF`, `EINTR`, `EINVAL`, `EMSGSIZE` (`len` below
/// `mq_msgsize`), `ETIMEDOUT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mq_timedreceive(
    mqdes: mqd_t,
    msg: *mut c_char,
    len: size_t,
    prio: *mut c_uint,
    abstime: *const timespec,
) -> ssize_t {
    let r = syscall_cp(
        SYS_mq_timedreceive,
        mqdes as usize,
        msg as usize,
        len,
        prio as usize,
        abstime as usize,
        0,
    );
    c_ret(check(r).map(|n| n as ssize_t), -1)
}

/// `ssize_t mq_receive(mqd_t mqdes, char *msg, size_t len, unsigned *prio);`
///
/// # Safety
/// As [`mq_timedreceive`].
///
/// # Errors
/// As [`mq_timedreceive`], without `ETIMEDOUT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mq_receive(
    mqdes: mqd_t,
    msg: *mut c_char,
    len: size_t,
    prio: *mut c_uint,
) -> ssize_t {
    // SAFETY: as the caller guarantees.
    unsafe { mq_timedreceive(mqdes, msg, len, prio, core::ptr::null()) }
}

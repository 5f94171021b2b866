//! `eventfd`, `eventfd_read`, `eventfd_write` (Linux eventfd(2); musl: src/linux/eventfd.c).
use crate::abi::epoll::eventfd_t;
use crate::abi::types::{c_int, c_uint};
use crate::errno::{__syscall_ret, c_ret};
use crate::sys::{fs, nr::SYS_eventfd2, syscall2};

/// `int eventfd(unsigned int initval, int flags);`
///
/// # Errors
/// `EINVAL` (flags), `EMFILE`, `ENFILE`, `ENODEV`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn eventfd(initval: c_uint, flags: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_eventfd2, initval as usize, flags as usize) }) as c_int
}

/// `int eventfd_read(int fd, eventfd_t *value);`: 0 when all eight bytes were read.
///
/// # Safety
/// `value` must be writable.
///
/// # Errors
/// `EAGAIN` (counter 0, non-blocking), `EBADF`, `EINVAL`, `EINTR`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn eventfd_read(fd: c_int, value: *mut eventfd_t) -> c_int {
    // SAFETY: the caller guarantees eight writable bytes at `value`.
    let r = unsafe { fs::read(fd, value.cast(), 8) };
    c_ret(r.map(|n| if n == 8 { 0 } else { -1 }), -1)
}

/// `int eventfd_write(int fd, eventfd_t value);`: 0 when all eight bytes were written.
///
/// # Errors
/// `EAGAIN` (counter would overflow, non-blocking), `EBADF`, `EINVAL` (`value` is
/// `0xffffffffffffffff`), `EINTR`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn eventfd_write(fd: c_int, value: eventfd_t) -> c_int {
    // SAFETY: `value` is a live local.
    let r = unsafe { fs::write(fd, (&raw const value).cast(), 8) };
    c_ret(r.map(|n| if n == 8 { 0 } else { -1 }), -1)
}

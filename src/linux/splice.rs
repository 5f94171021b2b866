//! `splice`, `tee`, `vmsplice` (GNU; musl: src/linux/splice.c, tee.c, vmsplice.c).
use crate::abi::types::{c_int, c_uint, off_t};
use crate::abi::uio::iovec;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall4, syscall6};

/// `ssize_t splice(int fd_in, off_t *off_in, int fd_out, off_t *off_out, size_t len,
/// unsigned flags);`
///
/// # Safety
/// `off_in` and `off_out` are null or point at offsets to read and update.
///
/// # Errors
/// `EBADF`, `EINVAL` (neither end a pipe, offset on a pipe), `ESPIPE`, `EAGAIN`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn splice(
    fd_in: c_int,
    off_in: *mut off_t,
    fd_out: c_int,
    off_out: *mut off_t,
    len: usize,
    flags: c_uint,
) -> isize {
    // SAFETY: the caller guarantees both offset pointers.
    __syscall_ret(unsafe {
        syscall6(
            SYS_splice,
            fd_in as usize,
            off_in as usize,
            fd_out as usize,
            off_out as usize,
            len,
            flags as usize,
        )
    })
}

/// `ssize_t tee(int fd_in, int fd_out, size_t len, unsigned flags);`
///
/// # Errors
/// `EINVAL` (not both pipes, or the same pipe), `EAGAIN`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tee(fd_in: c_int, fd_out: c_int, len: usize, flags: c_uint) -> isize {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe {
        syscall4(
            SYS_tee,
            fd_in as usize,
            fd_out as usize,
            len,
            flags as usize,
        )
    })
}

/// `ssize_t vmsplice(int fd, const struct iovec *iov, size_t cnt, unsigned flags);`
///
/// # Safety
/// `iov` must point at `cnt` valid `iovec`s.
///
/// # Errors
/// `EBADF`, `EINVAL`, `EAGAIN`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn vmsplice(
    fd: c_int,
    iov: *const iovec,
    cnt: usize,
    flags: c_uint,
) -> isize {
    // SAFETY: the caller guarantees the vector.
    __syscall_ret(unsafe { syscall4(SYS_vmsplice, fd as usize, iov as usize, cnt, flags as usize) })
}

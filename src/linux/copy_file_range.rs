//! `copy_file_range` (GNU; musl: src/linux/copy_file_range.c).
use crate::abi::types::{c_int, c_uint, off_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_copy_file_range, syscall6};

/// `ssize_t copy_file_range(int fd_in, off_t *off_in, int fd_out, off_t *off_out,
/// size_t len, unsigned flags);`
///
/// # Safety
/// `off_in` and `off_out` are null or point at offsets to read and update.
///
/// # Errors
/// `EBADF`, `EINVAL`, `EXDEV`, `EISDIR`, `EOVERFLOW`, `EFBIG`, `ENOSPC`, `EIO`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn copy_file_range(
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
            SYS_copy_file_range,
            fd_in as usize,
            off_in as usize,
            fd_out as usize,
            off_out as usize,
            len,
            flags as usize,
        )
    })
}

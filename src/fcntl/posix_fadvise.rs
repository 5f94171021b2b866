//! `posix_fadvise` (POSIX.1-2017 posix_fadvise(); musl: src/fcntl/posix_fadvise.c).
use crate::abi::types::{c_int, off_t};
use crate::sys::{nr::SYS_fadvise64, syscall4};

/// `int posix_fadvise(int fd, off_t off, off_t len, int advice);`
///
/// Returns the error number itself (0 on success) and leaves `errno` alone, as POSIX says.
///
/// # Errors
/// `EBADF`, `EINVAL` (bad `advice` or negative `len`), `ESPIPE` (pipe or FIFO).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn posix_fadvise(fd: c_int, off: off_t, len: off_t, advice: c_int) -> c_int {
    // SAFETY: no memory is passed.
    let r = unsafe {
        syscall4(
            SYS_fadvise64,
            fd as usize,
            off as usize,
            len as usize,
            advice as usize,
        )
    };
    -(r as c_int)
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak posix_fadvise64",
    ".set posix_fadvise64, posix_fadvise"
);

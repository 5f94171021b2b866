//! `lseek` and `lseek64` (POSIX.1-2017 lseek(); musl: src/unistd/lseek.c).
use crate::abi::types::{c_int, off_t};
use crate::errno::c_ret;

/// `off_t lseek(int fd, off_t offset, int whence);`
///
/// # Errors
/// `EBADF`, `EINVAL` (bad `whence` or negative result), `ESPIPE` (pipe, socket, FIFO).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn lseek(fd: c_int, offset: off_t, whence: c_int) -> off_t {
    c_ret(crate::sys::fs::lseek(fd, offset, whence), -1)
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak lseek64", ".set lseek64, lseek");

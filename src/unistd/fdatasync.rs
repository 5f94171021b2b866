//! `fdatasync` (POSIX.1-2017 fdatasync(); musl: src/unistd/fdatasync.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp1;

/// `int fdatasync(int fd);`
///
/// # Errors
/// `EBADF`, `EIO`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn fdatasync(fd: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { cp1(SYS_fdatasync, fd as usize) }) as c_int
}

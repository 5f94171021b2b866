//! `listen` (POSIX.1-2017 listen(); musl: src/network/listen.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int listen(int fd, int backlog);`
///
/// # Safety
/// None: no memory is passed.
///
/// # Errors
/// `EBADF`, `ENOTSOCK`, `EOPNOTSUPP`, `EADDRINUSE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn listen(fd: c_int, backlog: c_int) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall2(SYS_listen, fd as usize, backlog as usize) }) as c_int
}

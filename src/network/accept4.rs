//! `accept4` (Linux accept4(2); musl: src/network/accept4.c).
use crate::abi::socket::{sockaddr, socklen_t};
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp4;

/// `int accept4(int fd, struct sockaddr *restrict addr, socklen_t *restrict len, int flags);`
///
/// # Safety
/// As `accept`.
///
/// # Errors
/// As `accept`, and `EINVAL` for flags other than `SOCK_CLOEXEC`/`SOCK_NONBLOCK`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn accept4(
    fd: c_int,
    addr: *mut sockaddr,
    len: *mut socklen_t,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller guarantees the address buffer.
    let r = unsafe {
        cp4(
            SYS_accept4,
            fd as usize,
            addr as usize,
            len as usize,
            flags as usize,
        )
    };
    __syscall_ret(r) as c_int
}

//! `socket` (POSIX.1-2017 socket(); musl: src/network/socket.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int socket(int domain, int type, int protocol);`
///
/// # Safety
/// None: no memory is passed.
///
/// # Errors
/// `EAFNOSUPPORT`, `EINVAL`, `EMFILE`, `ENFILE`, `ENOBUFS`, `EPROTONOSUPPORT`, `EACCES`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn socket(domain: c_int, ty: c_int, protocol: c_int) -> c_int {
    // SAFETY: no memory is passed.
    let r = unsafe { syscall3(SYS_socket, domain as usize, ty as usize, protocol as usize) };
    __syscall_ret(r) as c_int
}

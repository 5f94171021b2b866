//! `socketpair` (POSIX.1-2017 socketpair(); musl: src/network/socketpair.c).
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall4};

/// `int socketpair(int domain, int type, int protocol, int fd[2]);`
///
/// # Safety
/// `fd` must be writable for two `int`s.
///
/// # Errors
/// `EAFNOSUPPORT`, `EOPNOTSUPP`, `EPROTONOSUPPORT`, `EFAULT`, `EMFILE`, `ENFILE`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn socketpair(
    domain: c_int,
    ty: c_int,
    protocol: c_int,
    fd: *mut c_int,
) -> c_int {
    // SAFETY: the caller guarantees room for two descriptors.
    let r = unsafe {
        syscall4(
            SYS_socketpair,
            domain as usize,
            ty as usize,
            protocol as usize,
            fd as usize,
        )
    };
    __syscall_ret(r) as c_int
}

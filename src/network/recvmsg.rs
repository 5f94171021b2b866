//! `recvmsg` (POSIX.1-2017 recvmsg(); musl: src/network/recvmsg.c).
use crate::abi::socket::msghdr;
use crate::abi::types::{c_int, ssize_t};
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp3;

/// `ssize_t recvmsg(int fd, struct msghdr *msg, int flags);`
///
/// The kernel reads `msg_iovlen` and `msg_controllen` as `size_t`, so the call works on a
/// copy with the pads zeroed, and the copy (with the kernel's updates) is stored back.
///
/// # Safety
/// `msg` points at a valid `msghdr` whose name, iovec and control buffers are writable.
///
/// # Errors
/// As `recvfrom`, plus `EMSGSIZE` for too many iovecs.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn recvmsg(fd: c_int, msg: *mut msghdr, flags: c_int) -> ssize_t {
    if msg.is_null() {
        // SAFETY: a null header is passed through for the kernel to reject.
        return __syscall_ret(unsafe { cp3(SYS_recvmsg, fd as usize, 0, flags as usize) });
    }
    // SAFETY: the caller guarantees `msg`.
    let mut h = unsafe { *msg };
    h.__pad1 = 0;
    h.__pad2 = 0;
    // SAFETY: `h` is a valid header pointing at the caller's buffers.
    let r = unsafe {
        cp3(
            SYS_recvmsg,
            fd as usize,
            (&raw mut h) as usize,
            flags as usize,
        )
    };
    // SAFETY: `msg` is writable (caller contract).
    unsafe { *msg = h };
    __syscall_ret(r)
}

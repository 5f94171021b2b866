//! `recvmmsg` (Linux recvmmsg(2); musl: src/network/recvmmsg.c).
use crate::abi::socket::mmsghdr;
use crate::abi::time::timespec;
use crate::abi::types::{c_int, c_uint};
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp5;

/// `int recvmmsg(int fd, struct mmsghdr *msgvec, unsigned int vlen, unsigned int flags,
/// struct timespec *timeout);`
///
/// Zeroes each header's pads in place first (the kernel reads `msg_iovlen` and
/// `msg_controllen` as `size_t`), as musl does on 64-bit.
///
/// # Safety
/// `msgvec` points at `vlen` valid, writable `mmsghdr`s; `timeout` is null or valid.
///
/// # Errors
/// As `recvmsg`; `EINVAL` for a bad timeout. A timeout ends the batch early.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn recvmmsg(
    fd: c_int,
    msgvec: *mut mmsghdr,
    vlen: c_uint,
    flags: c_uint,
    timeout: *mut timespec,
) -> c_int {
    for i in 0..vlen as usize {
        // SAFETY: the caller guarantees `vlen` writable entries.
        let m = unsafe { &mut *msgvec.add(i) };
        m.msg_hdr.__pad1 = 0;
        m.msg_hdr.__pad2 = 0;
    }
    // SAFETY: the caller guarantees the vector and the timeout.
    __syscall_ret(unsafe {
        cp5(
            SYS_recvmmsg,
            fd as usize,
            msgvec as usize,
            vlen as usize,
            flags as usize,
            timeout as usize,
        )
    }) as c_int
}

//! `sendmsg` (POSIX.1-2017 sendmsg(); musl: src/network/sendmsg.c).
use crate::abi::errno::ENOMEM;
use crate::abi::socket::{cmsghdr, msghdr};
use crate::abi::types::{c_int, ssize_t};
use crate::errno::c_ret;
use crate::sys::{Errno, check, nr::*};
use crate::thread::syscall_cp::cp3;

/// The most control data sendmsg copies to clear the padding in its headers (as musl).
const CONTROL_MAX: usize = 1024;
const CMSG_HDR: usize = core::mem::size_of::<cmsghdr>();

/// Sends `msg` after zeroing the pads the kernel would read as the high halves of
/// `msg_iovlen`, `msg_controllen` and each `cmsg_len` (it takes them as `size_t`).
///
/// # Safety
/// `msg` is null or a valid `msghdr` whose buffers are readable as described.
pub unsafe fn send_msg(fd: c_int, msg: *const msghdr, flags: c_int) -> Result<usize, Errno> {
    let mut control = [0u64; CONTROL_MAX / 8];
    let mut h;
    let mut p = msg;
    if !msg.is_null() {
        // SAFETY: the caller guarantees `msg`.
        h = unsafe { *msg };
        h.__pad1 = 0;
        h.__pad2 = 0;
        let len = h.msg_controllen as usize;
        if len != 0 {
            if len > CONTROL_MAX {
                return Err(Errno(ENOMEM));
            }
            let buf = control.as_mut_ptr().cast::<u8>();
            // SAFETY: the caller's control buffer is readable for `len` bytes, ours
            // is writable for CONTROL_MAX >= len, and they are distinct.
            unsafe { core::ptr::copy_nonoverlapping(h.msg_control.cast::<u8>(), buf, len) };
            clear_cmsg_pads(buf, len);
            h.msg_control = buf.cast();
        }
        p = &raw const h;
    }
    // SAFETY: `p` is null or a valid header whose control data (if any) is our copy.
    check(unsafe { cp3(SYS_sendmsg, fd as usize, p as usize, flags as usize) })
}

/// Zeroes `__pad1` of every control header in `buf[..len]`, walking as CMSG_NXTHDR does.
fn clear_cmsg_pads(buf: *mut u8, len: usize) {
    let mut off = 0;
    while off + CMSG_HDR <= len {
        // SAFETY: a whole header lies inside `buf[..len]`; `off` is a multiple of 8 in
        // an 8-aligned buffer.
        let c = unsafe { &mut *buf.add(off).cast::<cmsghdr>() };
        c.__pad1 = 0;
        let clen = c.cmsg_len as usize;
        if clen < CMSG_HDR {
            break;
        }
        off += (clen + 7) & !7;
    }
}

/// `ssize_t sendmsg(int fd, const struct msghdr *msg, int flags);`
///
/// # Safety
/// `msg` points at a valid `msghdr`: its name, iovecs and control data readable.
///
/// # Errors
/// As `sendto`, plus `ENOMEM` for more than 1024 bytes of control data (as musl).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sendmsg(fd: c_int, msg: *const msghdr, flags: c_int) -> ssize_t {
    // SAFETY: forwarded caller contract.
    c_ret(
        unsafe { send_msg(fd, msg, flags) }.map(|n| n as ssize_t),
        -1,
    )
}

//! `sendmmsg` (Linux sendmmsg(2); musl: src/network/sendmmsg.c).
use super::sendmsg::send_msg;
use crate::abi::socket::mmsghdr;
use crate::abi::types::{c_int, c_uint};
use crate::errno::set_errno;

/// `int sendmmsg(int fd, struct mmsghdr *msgvec, unsigned int vlen, unsigned int flags);`
///
/// One `sendmsg` per message (as musl on 64-bit: the kernel would read the padding of
/// each header), at most `UIO_MAXIOV` of them, stopping at the first error.
///
/// # Safety
/// `msgvec` points at `vlen` valid `mmsghdr`s.
///
/// # Errors
/// As `sendmsg`, when no message at all was sent.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sendmmsg(
    fd: c_int,
    msgvec: *mut mmsghdr,
    vlen: c_uint,
    flags: c_uint,
) -> c_int {
    let vlen = vlen.min(crate::abi::uio::UIO_MAXIOV as c_uint) as usize;
    let mut i = 0;
    while i < vlen {
        // SAFETY: `i < vlen` entries are valid (caller contract).
        let m = unsafe { &mut *msgvec.add(i) };
        // SAFETY: forwarded caller contract.
        match unsafe { send_msg(fd, &raw const m.msg_hdr, flags as c_int) } {
            Ok(n) => m.msg_len = n as c_uint,
            Err(e) => {
                if i == 0 {
                    set_errno(e.0);
                    return -1;
                }
                break;
            }
        }
        i += 1;
    }
    i as c_int
}

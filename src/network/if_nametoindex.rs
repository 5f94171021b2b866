//! `if_nametoindex` (POSIX.1-2017 if_nametoindex(); musl: src/network/if_nametoindex.c).
use crate::abi::netinet_in::ifreq;
use crate::abi::socket::{AF_UNIX, SOCK_CLOEXEC, SOCK_DGRAM};
use crate::abi::types::{c_char, c_uint};
use crate::errno::c_ret;
use crate::sys::{Errno, fs, net};

/// `SIOCGIFINDEX` and `SIOCGIFNAME` (Linux sockios.h).
pub const SIOCGIFINDEX: usize = 0x8933;
pub const SIOCGIFNAME: usize = 0x8910;

/// Runs one interface ioctl on a throwaway AF_UNIX datagram socket.
pub fn if_ioctl(req: usize, ifr: &mut ifreq) -> Result<(), Errno> {
    let fd = net::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)?;
    // SAFETY: both requests read and write one `struct ifreq`.
    let r = unsafe { net::ioctl(fd, req, (ifr as *mut ifreq).cast()) };
    let _ = fs::close(fd);
    r.map(drop)
}

/// `unsigned if_nametoindex(const char *name);`
///
/// The index of the interface `name`, or 0 if there is none.
///
/// # Safety
/// `name` is a C string.
///
/// # Errors
/// `ENODEV` for an unknown name; socket errors (`EMFILE`...).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn if_nametoindex(name: *const c_char) -> c_uint {
    let mut ifr = ifreq {
        ifr_name: [0; 16],
        ifr_ifindex: 0,
        __rest: [0; 20],
    };
    for (i, b) in ifr.ifr_name.iter_mut().enumerate() {
        // SAFETY: `name` is a C string; reading stops at its NUL.
        let c = unsafe { *name.add(i) };
        if c == 0 {
            break;
        }
        *b = c;
    }
    c_ret(
        if_ioctl(SIOCGIFINDEX, &mut ifr).map(|_| ifr.ifr_ifindex as c_uint),
        0,
    )
}

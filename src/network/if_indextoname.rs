//! `if_indextoname` (POSIX.1-2017 if_indextoname(); musl: src/network/if_indextoname.c).
use super::if_nametoindex::{SIOCGIFNAME, if_ioctl};
use crate::abi::errno::{ENODEV, ENXIO};
use crate::abi::netinet_in::ifreq;
use crate::abi::types::{c_char, c_int, c_uint};
use crate::errno::set_errno;
use crate::sys::Errno;

/// `char *if_indextoname(unsigned index, char *name);`
///
/// Stores the interface's name (at most `IF_NAMESIZE` bytes with the NUL) in `name` and
/// returns it, or returns null.
///
/// # Safety
/// `name` is writable for `IF_NAMESIZE` (16) bytes.
///
/// # Errors
/// `ENXIO` for an unknown index; socket errors (`EMFILE`...).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn if_indextoname(index: c_uint, name: *mut c_char) -> *mut c_char {
    let mut ifr = ifreq {
        ifr_name: [0; 16],
        ifr_ifindex: index as c_int,
        __rest: [0; 20],
    };
    match if_ioctl(SIOCGIFNAME, &mut ifr) {
        Ok(()) => {
            ifr.ifr_name[15] = 0;
            // SAFETY: the caller guarantees 16 writable bytes.
            unsafe { core::ptr::copy_nonoverlapping(ifr.ifr_name.as_ptr(), name, 16) };
            name
        }
        Err(Errno(e)) => {
            set_errno(if e == ENODEV { ENXIO } else { e });
            core::ptr::null_mut()
        }
    }
}

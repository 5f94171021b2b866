//! `initgroups` (BSD; musl: src/passwd/initgroups.c).
use super::getgrouplist::each_group;
use crate::abi::errno::EINVAL;
use crate::abi::limits::NGROUPS_MAX;
use crate::abi::types::{c_char, c_int, gid_t};
use crate::errno::c_ret;
use crate::network::inet_aton::c_bytes;
use crate::sys::Errno;

/// `int initgroups(const char *user, gid_t gid);`
///
/// Sets the supplementary groups to `gid` and every group listing `user`.
///
/// # Safety
/// `user` is a C string.
///
/// # Errors
/// `EINVAL` for more than `NGROUPS_MAX` (32) groups, as musl; `EPERM` without the
/// privilege; I/O errors reading `/etc/group`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn initgroups(user: *const c_char, gid: gid_t) -> c_int {
    let mut list = [0 as gid_t; NGROUPS_MAX as usize];
    let mut n = 0;
    // SAFETY: the caller guarantees `user`.
    let r = each_group(unsafe { c_bytes(user) }, gid, |g| {
        if let Some(slot) = list.get_mut(n) {
            *slot = g;
        }
        n += 1;
    });
    if let Err(e) = r {
        return c_ret(Err(e), -1);
    }
    if n > list.len() {
        return c_ret(Err::<c_int, Errno>(Errno(EINVAL)), -1);
    }
    // SAFETY: `list` holds `n` ids.
    unsafe { crate::unistd::setgroups::setgroups(n, list.as_ptr()) }
}

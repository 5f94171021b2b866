//! `getgrouplist` (BSD/glibc; musl: src/passwd/getgrouplist.c).
use super::grp_parse::{GROUP, parse_gr};
use super::lines::Lines;
use super::pwd_parse::cstr_at;
use crate::abi::errno::{ENOENT, ENOTDIR};
use crate::abi::types::{c_char, c_int, gid_t};
use crate::errno::c_ret;
use crate::network::inet_aton::c_bytes;
use crate::sys::Errno;

/// Calls `add` with `gid`, then with every group that lists `user` as a member.
pub fn each_group(user: &[u8], gid: gid_t, mut add: impl FnMut(gid_t)) -> Result<(), Errno> {
    add(gid);
    let mut lines = match Lines::open(GROUP) {
        Ok(l) => l,
        Err(Errno(ENOENT | ENOTDIR)) => return Ok(()),
        Err(e) => return Err(e),
    };
    while let Some(line) = lines.next_line()? {
        let Some(f) = parse_gr(line) else { continue };
        let mut off = f.mem;
        for _ in 0..f.nmem {
            let m = cstr_at(line, off);
            if m == user {
                add(f.gid);
                break;
            }
            off += m.len() + 1;
        }
    }
    Ok(())
}

/// `int getgrouplist(const char *user, gid_t gid, gid_t *groups, int *ngroups);`
///
/// Stores `gid` and the groups listing `user`, at most `*ngroups` of them, sets
/// `*ngroups` to how many there are, and returns that count, or -1 if they did not fit.
///
/// # Safety
/// `user` is a C string; `ngroups` is valid; `groups` is writable for `*ngroups` ids.
///
/// # Errors
/// I/O errors reading `/etc/group`; `ENOMEM`.
// DIFF(glibc): as musl, a group is listed as often as it is found (glibc drops
// duplicates of `gid`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getgrouplist(
    user: *const c_char,
    gid: gid_t,
    groups: *mut gid_t,
    ngroups: *mut c_int,
) -> c_int {
    // SAFETY: the caller guarantees `ngroups`.
    let lim = unsafe { *ngroups }.max(0) as usize;
    let mut n = 0usize;
    // SAFETY: the caller guarantees `user`.
    let r = each_group(unsafe { c_bytes(user) }, gid, |g| {
        if n < lim {
            // SAFETY: `n < *ngroups` slots are writable.
            unsafe { *groups.add(n) = g };
        }
        n += 1;
    });
    match r {
        Ok(()) => {
            // SAFETY: as above.
            unsafe { *ngroups = n as c_int };
            if n > lim { -1 } else { n as c_int }
        }
        Err(e) => c_ret(Err(e), -1),
    }
}

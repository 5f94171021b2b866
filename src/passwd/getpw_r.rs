//! `getpwnam_r`, `getpwuid_r` (POSIX.1-2017; musl: src/passwd/getpw_r.c).
use super::pwd_parse::{Key, fill_pw, lookup_pw};
use crate::abi::errno::ERANGE;
use crate::abi::pwd::passwd;
use crate::abi::types::{c_char, c_int, size_t, uid_t};
use crate::errno::set_errno;
use crate::network::inet_aton::c_bytes;

/// Looks `key` up and copies the entry into `buf`; the C `_r` convention.
///
/// # Safety
/// As the entry points below.
unsafe fn getpw_r(
    key: Key,
    pw: *mut passwd,
    buf: *mut c_char,
    size: size_t,
    res: *mut *mut passwd,
) -> c_int {
    // SAFETY: `res` is writable (caller contract).
    unsafe { *res = core::ptr::null_mut() };
    let r = lookup_pw(key, |line, f| {
        if line.len() > size {
            return ERANGE;
        }
        // SAFETY: `buf` holds `size >= line.len()` bytes; `pw` and `res` are writable.
        unsafe {
            core::ptr::copy_nonoverlapping(line.as_ptr(), buf.cast::<u8>(), line.len());
            fill_pw(&mut *pw, buf, f);
            *res = pw;
        }
        0
    });
    let e = match r {
        Ok(v) => v.unwrap_or(0),
        Err(e) => e.0,
    };
    if e != 0 {
        set_errno(e);
    }
    e
}

/// `int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
/// struct passwd **res);`
///
/// Returns 0 with `*res` set to `pw` (strings in `buf`) or to null if there is no such
/// user, or an error number.
///
/// # Safety
/// `name` is a C string; `pw`, `res` are writable; `buf` is writable for `size` bytes.
///
/// # Errors
/// `ERANGE` if `buf` is too small; I/O errors reading `/etc/passwd`; `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getpwnam_r(
    name: *const c_char,
    pw: *mut passwd,
    buf: *mut c_char,
    size: size_t,
    res: *mut *mut passwd,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { getpw_r(Key::Name(c_bytes(name)), pw, buf, size, res) }
}

/// `int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size,
/// struct passwd **res);`
///
/// # Safety
/// As `getpwnam_r`.
///
/// # Errors
/// As `getpwnam_r`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getpwuid_r(
    uid: uid_t,
    pw: *mut passwd,
    buf: *mut c_char,
    size: size_t,
    res: *mut *mut passwd,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { getpw_r(Key::Uid(uid), pw, buf, size, res) }
}

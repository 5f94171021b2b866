//! `getgrnam_r`, `getgrgid_r` (POSIX.1-2017; musl: src/passwd/getgr_r.c).
use super::grp_parse::{Key, fill_gr, lookup_gr};
use crate::abi::errno::ERANGE;
use crate::abi::pwd::group;
use crate::abi::types::{c_char, c_int, gid_t, size_t};
use crate::errno::set_errno;
use crate::network::inet_aton::c_bytes;

const PTR: usize = size_of::<*mut c_char>();

/// Looks `key` up and lays the entry out in `buf`: the member array (pointer-aligned),
/// then the line; the C `_r` convention.
///
/// # Safety
/// As the entry points below.
unsafe fn getgr_r(
    key: Key,
    gr: *mut group,
    buf: *mut c_char,
    size: size_t,
    res: *mut *mut group,
) -> c_int {
    // SAFETY: `res` is writable (caller contract).
    unsafe { *res = core::ptr::null_mut() };
    let r = lookup_gr(key, |line, f| {
        let pad = (PTR - buf as usize % PTR) % PTR;
        let array = (f.nmem + 1) * PTR;
        if pad + array + line.len() > size {
            return ERANGE;
        }
        // SAFETY: `buf` holds `size` bytes, enough for the padding, the array and the
        // line; `gr` and `res` are writable.
        unsafe {
            let mem = buf.add(pad).cast::<*mut c_char>();
            let text = buf.add(pad + array);
            core::ptr::copy_nonoverlapping(line.as_ptr(), text.cast::<u8>(), line.len());
            fill_gr(&mut *gr, text, mem, f);
            *res = gr;
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

/// `int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size,
/// struct group **res);`
///
/// Returns 0 with `*res` set to `gr` (strings and member list in `buf`) or to null if
/// there is no such group, or an error number.
///
/// # Safety
/// `name` is a C string; `gr`, `res` are writable; `buf` is writable for `size` bytes.
///
/// # Errors
/// `ERANGE` if `buf` is too small; I/O errors reading `/etc/group`; `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getgrnam_r(
    name: *const c_char,
    gr: *mut group,
    buf: *mut c_char,
    size: size_t,
    res: *mut *mut group,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { getgr_r(Key::Name(c_bytes(name)), gr, buf, size, res) }
}

/// `int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size,
/// struct group **res);`
///
/// # Safety
/// As `getgrnam_r`.
///
/// # Errors
/// As `getgrnam_r`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getgrgid_r(
    gid: gid_t,
    gr: *mut group,
    buf: *mut c_char,
    size: size_t,
    res: *mut *mut group,
) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { getgr_r(Key::Gid(gid), gr, buf, size, res) }
}

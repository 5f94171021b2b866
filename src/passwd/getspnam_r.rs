//! `getspnam_r` (shadow suite; musl: src/passwd/getspnam_r.c). Reads `/etc/shadow`
//! (`name:pwd:lstchg:min:max:warn:inact:expire:flag`); empty numbers read as -1.
use super::lines::{Lines, field};
use crate::abi::errno::{EINVAL, ENOENT, ENOTDIR, ERANGE};
use crate::abi::pwd::spwd;
use crate::abi::types::{c_char, c_int, c_long, c_ulong, size_t};
use crate::errno::set_errno;
use crate::network::inet_aton::c_bytes;
use crate::sys::Errno;

const SHADOW: &[u8] = b"/etc/shadow\0";

/// A numeric field: -1 if empty, else its leading digits (which must be all of it).
fn num(f: &[u8]) -> Option<c_long> {
    if f.is_empty() {
        return Some(-1);
    }
    let mut v: c_long = 0;
    for &c in f {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v.wrapping_mul(10).wrapping_add((c - b'0') as c_long);
    }
    Some(v)
}

/// An entry with no fields yet: the initial value of the static entries `getspnam` and
/// `fgetspent` return.
pub const EMPTY_SPWD: spwd = spwd {
    sp_namp: core::ptr::null_mut(),
    sp_pwdp: core::ptr::null_mut(),
    sp_lstchg: 0,
    sp_min: 0,
    sp_max: 0,
    sp_warn: 0,
    sp_inact: 0,
    sp_expire: 0,
    sp_flag: 0,
};

/// Parses a line (already copied to its final place) into `sp`, NUL-terminating fields.
pub fn parse_sp(line: &mut [u8], sp: &mut spwd) -> Option<()> {
    let mut rest: &mut [u8] = line;
    sp.sp_namp = field(&mut rest)?.as_mut_ptr().cast();
    sp.sp_pwdp = field(&mut rest)?.as_mut_ptr().cast();
    sp.sp_lstchg = num(field(&mut rest)?)?;
    sp.sp_min = num(field(&mut rest)?)?;
    sp.sp_max = num(field(&mut rest)?)?;
    sp.sp_warn = num(field(&mut rest)?)?;
    sp.sp_inact = num(field(&mut rest)?)?;
    sp.sp_expire = num(field(&mut rest)?)?;
    sp.sp_flag = num(rest)? as c_ulong;
    Some(())
}

/// Finds `name` and parses its line into `buf`; `Ok(false)` if there is none.
///
/// # Safety
/// `buf` is writable for `size` bytes and outlives the strings stored in `sp`.
pub unsafe fn find_sp(
    name: &[u8],
    sp: &mut spwd,
    buf: *mut u8,
    size: usize,
) -> Result<bool, Errno> {
    if name.is_empty() || name[0] == b'.' || name.contains(&b'/') {
        return Err(Errno(EINVAL));
    }
    if size < name.len() + 100 {
        return Err(Errno(ERANGE));
    }
    let mut lines = match Lines::open(SHADOW) {
        Ok(l) => l,
        Err(Errno(ENOENT | ENOTDIR)) => return Ok(false),
        Err(e) => return Err(e),
    };
    while let Some(line) = lines.next_line()? {
        if !line.starts_with(name) || line.get(name.len()) != Some(&b':') {
            continue;
        }
        if line.len() >= size {
            return Err(Errno(ERANGE));
        }
        // SAFETY: `buf` holds `size > line.len()` bytes.
        let copy = unsafe {
            core::ptr::copy_nonoverlapping(line.as_ptr(), buf, line.len());
            core::slice::from_raw_parts_mut(buf, line.len())
        };
        if parse_sp(copy, sp).is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `int getspnam_r(const char *name, struct spwd *sp, char *buf, size_t size,
/// struct spwd **res);`
///
/// Returns 0 with `*res` set to `sp` or to null if there is no such entry, or an error
/// number.
///
/// # Safety
/// `name` is a C string; `sp`, `res` are writable; `buf` is writable for `size` bytes.
///
/// # Errors
/// `EINVAL` for an empty name or one starting with `.` or holding `/`; `ERANGE` if
/// `size` is below the name's length plus 100 or the line does not fit; `EACCES`
/// without permission to read `/etc/shadow`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getspnam_r(
    name: *const c_char,
    sp: *mut spwd,
    buf: *mut c_char,
    size: size_t,
    res: *mut *mut spwd,
) -> c_int {
    // SAFETY: the caller guarantees every pointer.
    unsafe {
        *res = core::ptr::null_mut();
        match find_sp(c_bytes(name), &mut *sp, buf.cast(), size) {
            Ok(true) => {
                *res = sp;
                0
            }
            Ok(false) => 0,
            Err(Errno(e)) => {
                set_errno(e);
                e
            }
        }
    }
}

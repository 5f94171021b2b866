//! `putpwent` (GNU/SVID; musl: src/passwd/putpwent.c): writes one passwd-format line.
use super::put::Put;
use crate::abi::errno::EINVAL;
use crate::abi::pwd::passwd;
use crate::abi::types::c_int;
use crate::stdio::file::File;

/// `int putpwent(const struct passwd *pw, FILE *f);` — writes
/// `name:passwd:uid:gid:gecos:dir:shell` and a newline; null strings are written empty.
///
/// # Safety
/// `pw` is null or a valid entry; `f` is null or a live stream.
///
/// # Errors
/// `EINVAL` for a null `pw` or `f` (as glibc; musl would crash); the stream's write
/// error.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn putpwent(pw: *const passwd, f: *mut File) -> c_int {
    if pw.is_null() || f.is_null() {
        crate::errno::set_errno(EINVAL);
        return -1;
    }
    // SAFETY: both pointers are valid (checked non-null; the caller's contract).
    unsafe {
        let pw = &*pw;
        let mut w = Put::begin(f);
        w.cstr(pw.pw_name);
        w.bytes(b":");
        w.cstr(pw.pw_passwd);
        w.bytes(b":");
        w.num(false, pw.pw_uid as u64);
        w.bytes(b":");
        w.num(false, pw.pw_gid as u64);
        w.bytes(b":");
        w.cstr(pw.pw_gecos);
        w.bytes(b":");
        w.cstr(pw.pw_dir);
        w.bytes(b":");
        w.cstr(pw.pw_shell);
        w.bytes(b"\n");
        w.finish()
    }
}

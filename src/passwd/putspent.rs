//! `putspent` (shadow suite; musl: src/passwd/putspent.c): writes one shadow-format line.
use super::put::Put;
use crate::abi::errno::EINVAL;
use crate::abi::pwd::spwd;
use crate::abi::types::{c_int, c_long};
use crate::stdio::file::File;

/// `int putspent(const struct spwd *sp, FILE *f);` — writes
/// `name:pwd:lstchg:min:max:warn:inact:expire:flag` and a newline; numbers equal to -1
/// are written as empty fields (as `fgetspent` reads them back), null strings empty.
///
/// # Safety
/// `sp` is null or a valid entry; `f` is null or a live stream.
///
/// # Errors
/// `EINVAL` for a null `sp` or `f` (as glibc; musl would crash); the stream's write
/// error.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn putspent(sp: *const spwd, f: *mut File) -> c_int {
    if sp.is_null() || f.is_null() {
        crate::errno::set_errno(EINVAL);
        return -1;
    }
    let field = |w: &mut Put, v: c_long| {
        w.bytes(b":");
        if v != -1 {
            w.num(v < 0, v.unsigned_abs());
        }
    };
    // SAFETY: both pointers are valid (checked non-null; the caller's contract).
    unsafe {
        let sp = &*sp;
        let mut w = Put::begin(f);
        w.cstr(sp.sp_namp);
        w.bytes(b":");
        w.cstr(sp.sp_pwdp);
        for v in [
            sp.sp_lstchg,
            sp.sp_min,
            sp.sp_max,
            sp.sp_warn,
            sp.sp_inact,
            sp.sp_expire,
        ] {
            field(&mut w, v);
        }
        w.bytes(b":");
        if sp.sp_flag != !0 {
            w.num(false, sp.sp_flag);
        }
        w.bytes(b"\n");
        w.finish()
    }
}

//! `cuserid` (SUSv2, withdrawn; musl: src/legacy/cuserid.c): the effective user's name.
use crate::abi::pwd::passwd;
use crate::abi::stdio::L_cuserid;
use crate::abi::types::c_char;

/// Room for a name and its NUL.
const L_CUSERID: usize = L_cuserid as usize;

/// The result when the caller passes no buffer.
static mut NAME: [u8; L_CUSERID] = [0; L_CUSERID];

/// `char *cuserid(char *buf);`
///
/// The login name of the effective user id, from the user database, copied into `buf`
/// (at least `L_cuserid` bytes) or, when `buf` is null, into a static buffer that the
/// next call overwrites. When there is no entry, or the name does not fit, `buf` is set
/// to the empty string and returned (null when `buf` was null).
///
/// # Safety
/// `buf` is null or writable for `L_cuserid` bytes; not thread-safe with a null `buf`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn cuserid(buf: *mut c_char) -> *mut c_char {
    if !buf.is_null() {
        // SAFETY: `buf` is writable (caller contract).
        unsafe { *buf = 0 };
    }
    let mut words = [0u64; 256];
    // SAFETY: all-zero is a valid passwd.
    let mut pw: passwd = unsafe { core::mem::zeroed() };
    let mut res: *mut passwd = core::ptr::null_mut();
    let uid = crate::unistd::geteuid::geteuid();
    // SAFETY: the buffers and their sizes match.
    unsafe {
        crate::passwd::getpw_r::getpwuid_r(
            uid,
            &mut pw,
            words.as_mut_ptr().cast(),
            core::mem::size_of_val(&words),
            &mut res,
        );
    }
    if res.is_null() {
        return buf;
    }
    // SAFETY: pw_name is a NUL-terminated string inside `words`.
    let name = unsafe { core::ffi::CStr::from_ptr(pw.pw_name) }.to_bytes_with_nul();
    if name.len() > L_CUSERID {
        return buf;
    }
    let dst = if buf.is_null() {
        (&raw mut NAME).cast::<c_char>()
    } else {
        buf
    };
    // SAFETY: `dst` holds L_cuserid bytes and the name fits.
    unsafe { core::ptr::copy_nonoverlapping(name.as_ptr(), dst.cast::<u8>(), name.len()) };
    dst
}

//! `setvbuf`, `setbuf`, `setbuffer`, `setlinebuf` (C17 7.21.5.5-6; BSD; musl:
//! src/stdio/setvbuf.c, setbuf.c, setbuffer.c, setlinebuf.c).
use super::file::{EOF, F_SVB, File, UNGET};
use crate::abi::stdio::{_IOFBF, _IOLBF, _IONBF, BUFSIZ};
use crate::abi::types::{c_char, c_int};

/// `int setvbuf(FILE *restrict f, char *restrict buf, int type, size_t size);`
///
/// Chooses full (`_IOFBF`), line (`_IOLBF`) or no (`_IONBF`) buffering, in `buf` when
/// given (its first 8 bytes become pushback space). Only valid before any other
/// operation on `f`.
///
/// # Safety
/// `f` must be a live stream; `buf`, if non-null, writable for `size` bytes for as long
/// as the stream uses it.
///
/// # Errors
/// Returns -1 for an unknown `type` (errno unchanged, as musl).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setvbuf(f: *mut File, buf: *mut c_char, ty: c_int, size: usize) -> c_int {
    // SAFETY: the caller guarantees `f` and `buf`.
    unsafe {
        (*f).lbf = EOF;
        if ty == _IONBF {
            (*f).buf_size = 0;
        } else if ty == _IOLBF || ty == _IOFBF {
            if !buf.is_null() && size >= UNGET {
                (*f).buf = buf.cast::<u8>().add(UNGET);
                (*f).buf_size = size - UNGET;
            }
            if ty == _IOLBF && (*f).buf_size != 0 {
                (*f).lbf = b'\n' as c_int;
            }
        } else {
            return -1;
        }
        (*f).flags |= F_SVB;
    }
    0
}

/// `void setbuf(FILE *restrict f, char *restrict buf);`
///
/// `setvbuf(f, buf, buf ? _IOFBF : _IONBF, BUFSIZ)`.
///
/// # Safety
/// As `setvbuf`, with `buf` of `BUFSIZ` bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setbuf(f: *mut File, buf: *mut c_char) {
    let ty = if buf.is_null() { _IONBF } else { _IOFBF };
    // SAFETY: forwarded contract.
    unsafe { setvbuf(f, buf, ty, BUFSIZ as usize) };
}

/// `void setbuffer(FILE *f, char *buf, size_t size);`
///
/// `setvbuf(f, buf, buf ? _IOFBF : _IONBF, size)`.
///
/// # Safety
/// As `setvbuf`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setbuffer(f: *mut File, buf: *mut c_char, size: usize) {
    let ty = if buf.is_null() { _IONBF } else { _IOFBF };
    // SAFETY: forwarded contract.
    unsafe { setvbuf(f, buf, ty, size) };
}

/// `void setlinebuf(FILE *f);`
///
/// `setvbuf(f, 0, _IOLBF, 0)`.
///
/// # Safety
/// As `setvbuf`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn setlinebuf(f: *mut File) {
    // SAFETY: forwarded contract.
    unsafe { setvbuf(f, core::ptr::null_mut(), _IOLBF, 0) };
}

//! `getdate` and `getdate_err` (POSIX getdate(); musl: src/time/getdate.c): the input is
//! matched against each line of the template file named by `DATEMSK`, in order, with
//! `strptime`; the first line that consumes the whole input wins. As in musl, fields the
//! template does not name are zero (POSIX's "current date" defaults are not applied).
#![allow(non_upper_case_globals)]
use crate::abi::fcntl::{AT_FDCWD, O_CLOEXEC, O_RDONLY};
use crate::abi::stat::{S_IFMT, S_IFREG, stat};
use crate::abi::time::tm;
use crate::abi::types::{c_char, c_int};

/// `int getdate_err;` — why the last `getdate` failed (1..=8, POSIX numbering).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub static mut getdate_err: c_int = 0;

static mut RESULT: tm = tm::zero();

/// Reads `fd` line by line (lines longer than the buffer are cut into pieces, as with
/// `fgets`) and tries each as a template; `Ok(true)` on a full match into `out`.
fn scan(fd: c_int, s: *const c_char, out: &mut tm) -> Result<bool, ()> {
    let mut chunk = [0u8; 512];
    let (mut have, mut at) = (0usize, 0usize);
    let mut line = [0u8; 256];
    let mut len = 0;
    loop {
        if at == have {
            // SAFETY: `chunk` is writable for its length.
            have = match unsafe { crate::sys::fs::read(fd, chunk.as_mut_ptr(), chunk.len()) } {
                Ok(n) => n,
                Err(_) => return Err(()),
            };
            at = 0;
        }
        let eof = have == 0;
        if !eof {
            line[len] = chunk[at];
            len += 1;
            at += 1;
        }
        let end = eof || line[len - 1] == b'\n' || len == line.len() - 1;
        if end && len > 0 {
            line[len] = 0;
            let mut tmp = tm::zero();
            // SAFETY: `s` is the caller's string and `line` is NUL-terminated.
            let p = unsafe { super::strptime::strptime(s, line.as_ptr().cast(), &mut tmp) };
            // SAFETY: a non-null result points into `s`.
            if !p.is_null() && unsafe { *p } == 0 {
                *out = tmp;
                return Ok(true);
            }
            len = 0;
        }
        if eof {
            return Ok(false);
        }
    }
}

/// `struct tm *getdate(const char *string);` — the broken-down time `string` denotes
/// under the templates in `$DATEMSK`, in a static buffer; null on failure.
///
/// # Safety
/// `string` is a NUL-terminated string; the result is overwritten by the next call.
///
/// # Errors
/// Sets `getdate_err`: 1 `DATEMSK` unset, 2 file not openable, 3 no file status, 4 not a
/// regular file, 5 read error, 7 no template matches, 8 null input.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getdate(string: *const c_char) -> *mut tm {
    let fail = |e: c_int| -> *mut tm {
        // SAFETY: getdate is documented as not thread-safe; this is its error variable.
        unsafe { getdate_err = e };
        core::ptr::null_mut()
    };
    // SAFETY: a C string literal.
    let path = unsafe { crate::env::getenv::getenv(c"DATEMSK".as_ptr()) };
    if path.is_null() {
        return fail(1);
    }
    if string.is_null() {
        return fail(8);
    }
    // SAFETY: `path` is a NUL-terminated environment value.
    let Ok(fd) = (unsafe { crate::sys::fs::openat(AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0) })
    else {
        return fail(2);
    };
    // SAFETY: `stat` is plain integers; all-zero is a valid value.
    let mut st: stat = unsafe { core::mem::zeroed() };
    // SAFETY: `st` is writable.
    let code = if unsafe { crate::stat::fstat::fstat(fd, &mut st) } != 0 {
        3
    } else if st.st_mode as c_int & S_IFMT != S_IFREG {
        4
    } else {
        // SAFETY: the static result buffer of this non-reentrant function.
        match scan(fd, string, unsafe { &mut *(&raw mut RESULT) }) {
            Ok(true) => 0,
            Ok(false) => 7,
            Err(()) => 5,
        }
    };
    let _ = crate::sys::fs::close(fd);
    if code != 0 {
        return fail(code);
    }
    &raw mut RESULT
}

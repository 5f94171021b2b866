//! `stderr`: unbuffered (C17 7.21.3p7; musl: src/stdio/stderr.c).
use super::file::{F_NORD, F_PERM, File, UNGET};

/// Only the pushback area: `stderr` has no buffer.
static mut BUF: [u8; UNGET] = [0; UNGET];

static mut STDERR: File = File {
    flags: F_PERM | F_NORD,
    // SAFETY (const): UNGET is the end of BUF.
    buf: unsafe { (&raw mut BUF).cast::<u8>().add(UNGET) },
    buf_size: 0,
    fd: 2,
    lbf: b'\n' as i32,
    write: Some(super::__stdio_write::stdio_write),
    seek: Some(super::__stdio_seek::stdio_seek),
    close: Some(super::__stdio_seek::stdio_close),
    ..File::ZERO
};

/// `extern FILE *const stderr;`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
#[allow(non_upper_case_globals)]
pub static mut stderr: *mut File = &raw mut STDERR;

/// The `stderr` stream object.
#[inline]
pub fn stderr_file() -> *mut File {
    &raw mut STDERR
}

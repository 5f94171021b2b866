//! `stdin` (C17 7.21.3p7; musl: src/stdio/stdin.c).
use super::file::{F_NOWR, F_PERM, File, UNGET};
use super::stdout::STD_BUF;

static mut BUF: [u8; STD_BUF + UNGET] = [0; STD_BUF + UNGET];

static mut STDIN: File = File {
    flags: F_PERM | F_NOWR,
    // SAFETY (const): UNGET is within BUF.
    buf: unsafe { (&raw mut BUF).cast::<u8>().add(UNGET) },
    buf_size: STD_BUF,
    fd: 0,
    read: Some(super::__stdio_read::stdio_read),
    seek: Some(super::__stdio_seek::stdio_seek),
    close: Some(super::__stdio_seek::stdio_close),
    ..File::ZERO
};

/// `extern FILE *const stdin;`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
#[allow(non_upper_case_globals)]
pub static mut stdin: *mut File = &raw mut STDIN;

/// The `stdin` stream object.
#[inline]
pub fn stdin_file() -> *mut File {
    &raw mut STDIN
}

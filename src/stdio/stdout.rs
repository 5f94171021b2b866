//! `stdout`: line buffered on a terminal, else fully buffered (C17 7.21.3p7;
//! musl: src/stdio/stdout.c, __stdout_write.c).
use super::file::{F_NORD, F_PERM, F_SVB, File, UNGET};
use crate::sys::{nr::SYS_ioctl, syscall3};

/// Buffer size of the standard streams.
// DIFF(musl): 4096 rather than BUFSIZ (1024): four times fewer write calls, as glibc.
pub const STD_BUF: usize = 4096;

static mut BUF: [u8; STD_BUF + UNGET] = [0; STD_BUF + UNGET];

static mut STDOUT: File = File {
    flags: F_PERM | F_NORD,
    // SAFETY (const): UNGET is within BUF.
    buf: unsafe { (&raw mut BUF).cast::<u8>().add(UNGET) },
    buf_size: STD_BUF,
    fd: 1,
    lbf: b'\n' as i32,
    write: Some(stdout_write),
    seek: Some(super::__stdio_seek::stdio_seek),
    close: Some(super::__stdio_seek::stdio_close),
    ..File::ZERO
};

/// `extern FILE *const stdout;`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
#[allow(non_upper_case_globals)]
pub static mut stdout: *mut File = &raw mut STDOUT;

/// The `stdout` stream object.
#[inline]
pub fn stdout_file() -> *mut File {
    &raw mut STDOUT
}

/// First write on stdout: decide line buffering from whether fd 1 is a terminal (unless
/// `setvbuf` chose), then behave as the plain fd backend from now on.
///
/// # Safety
/// As `stdio_write`.
unsafe fn stdout_write(f: *mut File, buf: *const u8, len: usize) -> usize {
    let mut ws = [0u16; 4];
    // SAFETY: the caller guarantees `f`; `ws` is a live struct winsize.
    unsafe {
        (*f).write = Some(super::__stdio_write::stdio_write);
        if (*f).flags & F_SVB == 0
            && crate::sys::check(syscall3(
                SYS_ioctl,
                (*f).fd as usize,
                crate::unistd::isatty::TIOCGWINSZ,
                ws.as_mut_ptr() as usize,
            ))
            .is_err()
        {
            (*f).lbf = -1;
        }
        super::__stdio_write::stdio_write(f, buf, len)
    }
}

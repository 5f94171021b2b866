//! `fdopen` and the allocation of fd-backed streams (POSIX fdopen(); musl:
//! src/stdio/__fdopen.c).
use super::__fmodeflags::{has, valid};
use super::file::{EOF, F_APP, F_NORD, F_NOWR, File, UNGET};
use crate::abi::errno::EINVAL;
use crate::abi::fcntl::{F_GETFL, F_SETFD, F_SETFL, FD_CLOEXEC, O_APPEND};
use crate::abi::types::{c_char, c_int};
use crate::sys::{check, nr::SYS_fcntl, nr::SYS_ioctl, syscall3};

/// Buffer size of streams `fopen`/`fdopen` allocate.
// DIFF(musl): 4096 rather than BUFSIZ (1024), as glibc (st_blksize): fewer syscalls.
pub const FILE_BUF: usize = 4096;

/// `fcntl(fd, cmd, arg)` without errno.
pub fn fcntl(fd: c_int, cmd: c_int, arg: usize) -> Result<usize, crate::sys::Errno> {
    // SAFETY: these commands take an integer argument.
    check(unsafe { syscall3(SYS_fcntl, fd as usize, cmd as usize, arg) })
}

/// Allocates (through `malloc`) a stream with a buffer of `size` bytes after the
/// pushback area; every field zero. Null when out of memory.
pub fn alloc_file(size: usize) -> *mut File {
    let total = core::mem::size_of::<File>() + UNGET + size;
    // SAFETY: a fresh allocation of `total` bytes, aligned for File by malloc.
    unsafe {
        let f = crate::malloc::libc::malloc(total).cast::<File>();
        if f.is_null() {
            return f;
        }
        f.write(File::ZERO);
        (*f).buf = f.cast::<u8>().add(core::mem::size_of::<File>() + UNGET);
        (*f).buf_size = size;
        f
    }
}

/// The shared part of `fdopen`/`fopen`: a buffered stream on `fd` for `mode`.
///
/// # Safety
/// `mode` is a NUL-terminated string.
pub unsafe fn open_fd(fd: c_int, mode: *const c_char) -> Result<*mut File, crate::sys::Errno> {
    // SAFETY: the caller guarantees `mode`.
    unsafe {
        if !valid(mode) {
            return Err(crate::sys::Errno(EINVAL));
        }
        let f = alloc_file(FILE_BUF);
        if f.is_null() {
            return Err(crate::sys::Errno(crate::abi::errno::ENOMEM));
        }
        if !has(mode, b'+') {
            (*f).flags = if *mode as u8 == b'r' { F_NOWR } else { F_NORD };
        }
        if has(mode, b'e') {
            let _ = fcntl(fd, F_SETFD, FD_CLOEXEC as usize);
        }
        if *mode as u8 == b'a' {
            if let Ok(fl) = fcntl(fd, F_GETFL, 0)
                && fl as c_int & O_APPEND == 0
            {
                let _ = fcntl(fd, F_SETFL, fl | O_APPEND as usize);
            }
            (*f).flags |= F_APP;
        }
        (*f).fd = fd;
        (*f).lbf = EOF;
        let mut ws = [0u16; 4];
        if (*f).flags & F_NOWR == 0
            && check(syscall3(
                SYS_ioctl,
                fd as usize,
                crate::unistd::isatty::TIOCGWINSZ,
                ws.as_mut_ptr() as usize,
            ))
            .is_ok()
        {
            (*f).lbf = b'\n' as c_int;
        }
        (*f).read = Some(super::__stdio_read::stdio_read);
        (*f).write = Some(super::__stdio_write::stdio_write);
        (*f).seek = Some(super::__stdio_seek::stdio_seek);
        (*f).close = Some(super::__stdio_seek::stdio_close);
        super::ofl::add(f);
        Ok(f)
    }
}

/// `FILE *fdopen(int fd, const char *mode);`
///
/// A stream on the open descriptor `fd`.
///
/// # Safety
/// `mode` must be a NUL-terminated string.
///
/// # Errors
/// `EINVAL` (mode does not start with `r`, `w` or `a`), `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fdopen(fd: c_int, mode: *const c_char) -> *mut File {
    // SAFETY: forwarded contract.
    crate::errno::c_ret(unsafe { open_fd(fd, mode) }, core::ptr::null_mut())
}

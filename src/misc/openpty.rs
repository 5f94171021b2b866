//! `openpty` (BSD; musl: src/misc/openpty.c).
use super::pty::{NAME_MAX, pts_name, pty_number, unlock};
use crate::abi::fcntl::{AT_FDCWD, O_NOCTTY, O_RDWR};
use crate::abi::ioctl::winsize;
use crate::abi::termios::termios;
use crate::abi::types::{c_char, c_int};
use crate::errno::c_ret;
use crate::sys::tty::{TCSETS, TIOCSWINSZ, ioctl};
use crate::sys::{Errno, fs};

/// Opens the slave of master `m`, copying its path to `name` when that is not null.
///
/// # Safety
/// As `openpty`.
unsafe fn open_slave(
    m: c_int,
    name: *mut c_char,
    tio: *const termios,
    ws: *const winsize,
) -> Result<c_int, Errno> {
    unlock(m)?;
    let mut path = [0u8; NAME_MAX];
    let len = pts_name(pty_number(m)?, &mut path);
    if !name.is_null() {
        // SAFETY: BSD's contract: `name` has room for the path (musl assumes 20 bytes).
        unsafe { core::ptr::copy_nonoverlapping(path.as_ptr(), name.cast::<u8>(), len + 1) };
    }
    // SAFETY: `path` is NUL-terminated.
    let s = unsafe { fs::openat(AT_FDCWD, path.as_ptr().cast(), O_RDWR | O_NOCTTY, 0) }?;
    // SAFETY: `tio` and `ws` are null or valid, as the caller guarantees.
    unsafe {
        if !tio.is_null() {
            let _ = ioctl(s, TCSETS, tio as usize);
        }
        if !ws.is_null() {
            let _ = ioctl(s, TIOCSWINSZ, ws as usize);
        }
    }
    Ok(s)
}

/// Opens a master and slave pair: the internal body of `openpty` and `forkpty`.
///
/// # Safety
/// As `openpty`.
pub unsafe fn open_pair(
    name: *mut c_char,
    tio: *const termios,
    ws: *const winsize,
) -> Result<(c_int, c_int), Errno> {
    // SAFETY: the path is a C string literal.
    let m = unsafe { fs::openat(AT_FDCWD, c"/dev/ptmx".as_ptr(), O_RDWR | O_NOCTTY, 0) }?;
    // SAFETY: forwarded.
    match unsafe { open_slave(m, name, tio, ws) } {
        Ok(s) => Ok((m, s)),
        Err(e) => {
            let _ = fs::close(m);
            Err(e)
        }
    }
}

/// `int openpty(int *master, int *slave, char *name, const struct termios *tio,
/// const struct winsize *ws);`
///
/// The descriptors are the caller's, so they are not close-on-exec.
///
/// # Safety
/// `master` and `slave` are writable; `name` is null or has room for the slave's path;
/// `tio` and `ws` are null or valid.
///
/// # Errors
/// `ENOENT` (no /dev/ptmx), `ENOSPC`, `EMFILE`, `ENFILE`, `EIO`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn openpty(
    master: *mut c_int,
    slave: *mut c_int,
    name: *mut c_char,
    tio: *const termios,
    ws: *const winsize,
) -> c_int {
    // SAFETY: forwarded.
    let r = unsafe { open_pair(name, tio, ws) }.map(|(m, s)| {
        // SAFETY: the caller guarantees both out-pointers.
        unsafe {
            *master = m;
            *slave = s;
        }
        0
    });
    c_ret(r, -1)
}

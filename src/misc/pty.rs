//! `posix_openpt`, `grantpt`, `unlockpt`, `ptsname_r` (POSIX.1-2017, GNU; musl:
//! src/misc/pty.c), and the "/dev/pts/N" formatting the pty functions share.
use crate::abi::errno::{EAGAIN, ENOSPC, ERANGE};
use crate::abi::fcntl::AT_FDCWD;
use crate::abi::types::{c_char, c_int, size_t};
use crate::errno::{c_ret, set_errno};
use crate::sys::tty::{TIOCGPTN, TIOCSPTLCK, ioctl};
use crate::sys::{Errno, fs};

/// Room for "/dev/pts/" and any `int`, with its NUL.
pub const NAME_MAX: usize = 9 + 11 + 1;

/// Writes "/dev/pts/`n`" and a NUL to `out`; returns the length without the NUL.
pub fn pts_name(n: u32, out: &mut [u8; NAME_MAX]) -> usize {
    let prefix = b"/dev/pts/";
    out[..prefix.len()].copy_from_slice(prefix);
    let mut digits = [0u8; 10];
    let (mut i, mut v) = (digits.len(), n);
    loop {
        i -= 1;
        digits[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    let len = prefix.len() + digits.len() - i;
    out[prefix.len()..len].copy_from_slice(&digits[i..]);
    out[len] = 0;
    len
}

/// The number of the pseudoterminal whose master is `fd`.
pub fn pty_number(fd: c_int) -> Result<u32, Errno> {
    let mut n: u32 = 0;
    // SAFETY: TIOCGPTN writes one unsigned int to the live `n`.
    unsafe { ioctl(fd, TIOCGPTN, &raw mut n as usize) }.map(|_| n)
}

/// Unlocks the slave of master `fd`.
pub fn unlock(fd: c_int) -> Result<(), Errno> {
    let zero: c_int = 0;
    // SAFETY: TIOCSPTLCK reads one int from the live `zero`.
    unsafe { ioctl(fd, TIOCSPTLCK, &raw const zero as usize) }.map(drop)
}

/// `int posix_openpt(int flags);`: opens a new master from "/dev/ptmx".
///
/// # Errors
/// `EAGAIN` (no pseudoterminals left), `EMFILE`, `ENFILE`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn posix_openpt(flags: c_int) -> c_int {
    // SAFETY: the path is a C string literal.
    let r = unsafe { fs::openat(AT_FDCWD, c"/dev/ptmx".as_ptr(), flags, 0) };
    c_ret(
        r.map_err(|e| if e.0 == ENOSPC { Errno(EAGAIN) } else { e }),
        -1,
    )
}

/// `int grantpt(int fd);`: devpts already gives the slave the right owner and mode.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn grantpt(_fd: c_int) -> c_int {
    0
}

/// `int unlockpt(int fd);`
///
/// # Errors
/// `EBADF`, `EINVAL`/`ENOTTY` (not a master).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn unlockpt(fd: c_int) -> c_int {
    c_ret(unlock(fd).map(|_| 0), -1)
}

/// `int ptsname_r(int fd, char *buf, size_t len);`: returns 0 or an error number
/// (`errno` is set too, as glibc does and musl's callers expect either way).
///
/// # Safety
/// `buf` is writable for `len` bytes (or null with any `len`).
///
/// # Errors
/// `EBADF`, `ENOTTY` (not a master), `ERANGE` (`buf` too small).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ptsname_r(fd: c_int, buf: *mut c_char, len: size_t) -> c_int {
    let n = match pty_number(fd) {
        Ok(n) => n,
        Err(e) => {
            set_errno(e.0);
            return e.0;
        }
    };
    let mut name = [0u8; NAME_MAX];
    let l = pts_name(n, &mut name);
    if buf.is_null() || len <= l {
        set_errno(ERANGE);
        return ERANGE;
    }
    // SAFETY: `buf` has more than `l` writable bytes; `name` holds `l + 1`.
    unsafe { core::ptr::copy_nonoverlapping(name.as_ptr(), buf.cast::<u8>(), l + 1) };
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_pts_names() {
        let mut b = [0u8; NAME_MAX];
        assert_eq!(pts_name(0, &mut b), 10);
        assert_eq!(&b[..11], b"/dev/pts/0\0");
        assert_eq!(pts_name(4294967295, &mut b), 19);
        assert_eq!(&b[..20], b"/dev/pts/4294967295\0");
    }
}

//! `ttyname_r` (POSIX.1-2017 ttyname_r(); musl: src/unistd/ttyname_r.c).
use crate::abi::errno::{ENODEV, ERANGE};
use crate::abi::fcntl::AT_FDCWD;
use crate::abi::stat::stat;
use crate::abi::types::{c_char, c_int, size_t};
use crate::sys::{check, nr::*, syscall4};

/// Writes `/proc/self/fd/<fd>` (NUL-terminated) into `buf`.
pub fn proc_fd_name(buf: &mut [u8; 32], fd: c_int) {
    let prefix = b"/proc/self/fd/";
    buf[..prefix.len()].copy_from_slice(prefix);
    let mut digits = [0u8; 11];
    let (mut n, mut v) = (0, fd.unsigned_abs());
    loop {
        digits[n] = b'0' + (v % 10) as u8;
        n += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for i in 0..n {
        buf[prefix.len() + i] = digits[n - 1 - i];
    }
    buf[prefix.len() + n] = 0;
}

fn fstatat(dirfd: c_int, path: *const c_char, flags: c_int) -> Result<stat, c_int> {
    // SAFETY: struct stat is plain integers; all-zero is valid.
    let mut st: stat = unsafe { core::mem::zeroed() };
    // SAFETY: `path` is a C string (ours or the kernel's answer); `st` is live.
    check(unsafe {
        syscall4(
            SYS_newfstatat,
            dirfd as usize,
            path as usize,
            &raw mut st as usize,
            flags as usize,
        )
    })
    .map_err(|e| e.0)?;
    Ok(st)
}

/// `int ttyname_r(int fd, char *name, size_t size);`
///
/// Reads the `/proc/self/fd` link and checks that the path still names the same file.
///
/// # Safety
/// `name` must be writable for `size` bytes.
///
/// # Errors
/// Returned, not set: `EBADF`, `ENOTTY`, `ERANGE` (buffer too small), `ENODEV` (the path
/// no longer names this terminal), or what `/proc` reports.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ttyname_r(fd: c_int, name: *mut c_char, size: size_t) -> c_int {
    if super::isatty::isatty(fd) == 0 {
        return crate::errno::errno();
    }
    let mut link = [0u8; 32];
    proc_fd_name(&mut link, fd);
    if size == 0 {
        return ERANGE;
    }
    // SAFETY: `link` is NUL-terminated; `name` has `size` writable bytes.
    let r = check(unsafe {
        syscall4(
            SYS_readlinkat,
            AT_FDCWD as usize,
            link.as_ptr() as usize,
            name as usize,
            size,
        )
    });
    let len = match r {
        Ok(n) if n >= size => return ERANGE,
        Ok(n) => n,
        Err(e) => return e.0,
    };
    // SAFETY: `len < size`.
    unsafe { *name.add(len) = 0 };
    let by_path = match fstatat(AT_FDCWD, name, 0) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let by_fd = match fstatat(fd, c"".as_ptr(), crate::abi::fcntl::AT_EMPTY_PATH) {
        Ok(s) => s,
        Err(e) => return e,
    };
    if by_path.st_dev != by_fd.st_dev || by_path.st_ino != by_fd.st_ino {
        return ENODEV;
    }
    0
}

//! `fdopendir` (POSIX.1-2017 fdopendir(); musl: src/dirent/fdopendir.c).
use super::__dirent::{Dir, alloc};
use crate::abi::errno::{EBADF, ENOTDIR};
use crate::abi::fcntl::{F_GETFL, F_SETFD, FD_CLOEXEC, O_PATH};
use crate::abi::stat::{S_IFDIR, S_IFMT, stat};
use crate::abi::types::c_int;
use crate::errno::set_errno;
use crate::sys::{check, nr::*, syscall2, syscall3};

/// `DIR *fdopendir(int fd);`: the stream takes `fd` over (closedir closes it), and marks
/// it close-on-exec as musl does.
///
/// # Errors
/// `EBADF` (not open, or an `O_PATH` descriptor), `ENOTDIR`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn fdopendir(fd: c_int) -> *mut Dir {
    // SAFETY: `stat` is plain integers; all-zero is a valid value.
    let mut st: stat = unsafe { core::mem::zeroed() };
    // SAFETY: `st` is a live struct stat.
    if let Err(e) = check(unsafe { syscall2(SYS_fstat, fd as usize, &raw mut st as usize) }) {
        set_errno(e.0);
        return core::ptr::null_mut();
    }
    // SAFETY: F_GETFL takes no pointer.
    let fl = unsafe { syscall3(SYS_fcntl, fd as usize, F_GETFL as usize, 0) };
    if fl >= 0 && fl as c_int & O_PATH != 0 {
        set_errno(EBADF);
        return core::ptr::null_mut();
    }
    if st.st_mode as c_int & S_IFMT != S_IFDIR {
        set_errno(ENOTDIR);
        return core::ptr::null_mut();
    }
    let d = alloc(fd);
    if !d.is_null() {
        // SAFETY: F_SETFD takes an integer.
        unsafe {
            syscall3(
                SYS_fcntl,
                fd as usize,
                F_SETFD as usize,
                FD_CLOEXEC as usize,
            )
        };
    }
    d
}

//! `tmpfile` (C17 7.21.4.3; musl: src/stdio/tmpfile.c).
use super::file::File;
use crate::abi::errno::{EEXIST, EISDIR, ENOENT, EOPNOTSUPP};
use crate::abi::fcntl::{AT_FDCWD, O_CREAT, O_EXCL, O_LARGEFILE, O_RDWR, O_TMPFILE};
use crate::sys::{Errno, fs::openat};

/// Opens an anonymous file under `/tmp`: `O_TMPFILE` where the filesystem supports it,
/// else a fresh random name that is unlinked at once.
fn open_anonymous() -> Result<i32, Errno> {
    // SAFETY: the paths are NUL-terminated literals or the local name buffer.
    unsafe {
        match openat(
            AT_FDCWD,
            c"/tmp".as_ptr(),
            O_TMPFILE | O_RDWR | O_LARGEFILE,
            0o600,
        ) {
            Ok(fd) => return Ok(fd),
            Err(Errno(EOPNOTSUPP | EISDIR | ENOENT | crate::abi::errno::EINVAL)) => {}
            Err(e) => return Err(e),
        }
        let mut name = *b"/tmp/tmpfile_XXXXXX\0";
        for _ in 0..100 {
            super::__randname::randname(name.as_mut_ptr().add(13));
            match openat(
                AT_FDCWD,
                name.as_ptr().cast(),
                O_RDWR | O_CREAT | O_EXCL | O_LARGEFILE,
                0o600,
            ) {
                Ok(fd) => {
                    crate::unistd::unlink::unlink(name.as_ptr().cast());
                    return Ok(fd);
                }
                Err(Errno(EEXIST)) => {}
                Err(e) => return Err(e),
            }
        }
    }
    Err(Errno(EEXIST))
}

/// `FILE *tmpfile(void);`
///
/// A new `w+` stream on a file that disappears when it is closed.
///
/// # Errors
/// As `open` (`EACCES`, `EMFILE`, `ENOSPC`...), `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn tmpfile() -> *mut File {
    let r = open_anonymous().and_then(|fd| {
        // SAFETY: the mode is a NUL-terminated literal.
        unsafe { super::fdopen::open_fd(fd, c"w+".as_ptr()) }.inspect_err(|_| {
            let _ = crate::sys::fs::close(fd);
        })
    });
    crate::errno::c_ret(r, core::ptr::null_mut())
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak tmpfile64", ".set tmpfile64, tmpfile");

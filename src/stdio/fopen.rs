//! `fopen` (C17 7.21.5.3; musl: src/stdio/fopen.c).
use super::__fmodeflags::{mode_flags, valid};
use super::file::File;
use crate::abi::errno::EINVAL;
use crate::abi::fcntl::{AT_FDCWD, O_LARGEFILE};
use crate::abi::types::c_char;
use crate::sys::Errno;

/// Opens `path` as `mode` says and wraps it in a stream.
///
/// # Safety
/// `path` and `mode` are NUL-terminated strings.
pub unsafe fn open_path(path: *const c_char, mode: *const c_char) -> Result<*mut File, Errno> {
    // SAFETY: the caller guarantees both strings.
    unsafe {
        if !valid(mode) {
            return Err(Errno(EINVAL));
        }
        let flags = mode_flags(mode);
        let fd = crate::sys::fs::openat(AT_FDCWD, path, flags | O_LARGEFILE, 0o666)?;
        super::fdopen::open_fd(fd, mode).inspect_err(|_| {
            let _ = crate::sys::fs::close(fd);
        })
    }
}

/// `FILE *fopen(const char *restrict path, const char *restrict mode);`
///
/// Modes `r w a` with optional `+`; `b` is ignored, `x` adds `O_EXCL`, `e` `O_CLOEXEC`.
///
/// # Safety
/// `path` and `mode` must be NUL-terminated strings.
///
/// # Errors
/// `EINVAL` for a mode not starting with `r`, `w` or `a`; `ENOMEM`; any `open` error.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fopen(path: *const c_char, mode: *const c_char) -> *mut File {
    // SAFETY: forwarded contract.
    crate::errno::c_ret(unsafe { open_path(path, mode) }, core::ptr::null_mut())
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak fopen64", ".set fopen64, fopen");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_then_read_back() {
        let path = c"/tmp/rcc-stdio-unit-fopen.txt";
        // SAFETY: the strings are NUL-terminated; the buffer is 32 bytes.
        unsafe {
            let f = fopen(path.as_ptr(), c"w".as_ptr());
            assert!(!f.is_null());
            assert_eq!(crate::stdio::fputs::fputs(c"hello\nworld".as_ptr(), f), 0);
            assert_eq!(crate::stdio::fclose::fclose(f), 0);
            let f = fopen(path.as_ptr(), c"r".as_ptr());
            let mut buf = [0 as c_char; 32];
            let r = crate::stdio::fgets::fgets(buf.as_mut_ptr(), 32, f);
            assert_eq!(r, buf.as_mut_ptr());
            assert_eq!(core::ffi::CStr::from_ptr(buf.as_ptr()), c"hello\n");
            assert_eq!(crate::stdio::ftell::ftell(f), 6);
            assert_eq!(crate::stdio::fclose::fclose(f), 0);
            assert!(fopen(path.as_ptr(), c"q".as_ptr()).is_null());
            crate::stdio::remove::remove(path.as_ptr());
        }
    }
}

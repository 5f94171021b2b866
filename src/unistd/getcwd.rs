//! `getcwd` (POSIX.1-2017 getcwd(); musl: src/unistd/getcwd.c).
use crate::abi::errno::{EINVAL, ENOENT, ENOMEM};
use crate::abi::types::{c_char, size_t};
use crate::errno::set_errno;
use crate::sys::{check, nr::*, syscall2};

/// `char *getcwd(char *buf, size_t size);`
///
/// DIFF(musl): with `buf == NULL` musl returns a `strdup`ed copy; rcc has no allocator yet
/// and fails with `ENOMEM` (the error musl reports when that copy cannot be made).
///
/// # Safety
/// `buf` must be null or writable for `size` bytes.
///
/// # Errors
/// `EINVAL` (`size == 0`), `ERANGE` (too small), `ENOENT` (directory unlinked, or
/// unreachable from this root), `EACCES`, `ENOMEM` (null `buf`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getcwd(buf: *mut c_char, size: size_t) -> *mut c_char {
    let err = if buf.is_null() {
        ENOMEM
    } else if size == 0 {
        EINVAL
    } else {
        // SAFETY: the caller guarantees `size` writable bytes at `buf`.
        match check(unsafe { syscall2(SYS_getcwd, buf as usize, size) }) {
            // Linux prefixes "(unreachable)" when the directory is outside the root.
            // SAFETY: the kernel wrote at least one byte when it returned non-zero.
            Ok(n) if n > 0 && unsafe { *buf } == b'/' as c_char => return buf,
            Ok(_) => ENOENT,
            Err(e) => e.0,
        }
    };
    set_errno(err);
    core::ptr::null_mut()
}

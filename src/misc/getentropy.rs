//! `getentropy` (POSIX.1-2024 getentropy(); musl: src/misc/getentropy.c).
use crate::abi::errno::{EINTR, EIO};
use crate::abi::types::{c_int, c_void};
use crate::errno::c_ret;
use crate::sys::{Errno, check, nr::SYS_getrandom, syscall3};

/// The most bytes one call may ask for.
const MAX: usize = 256;

/// `int getentropy(void *buf, size_t len);` — fills all of `buf`, retrying on `EINTR`.
///
/// # Safety
/// `buf` must be writable for `len` bytes.
///
/// # Errors
/// `EIO` for `len > 256` (as musl and glibc; POSIX.1-2024 says `EINVAL`), `EFAULT`,
/// `ENOSYS`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getentropy(buf: *mut c_void, len: usize) -> c_int {
    if len > MAX {
        return c_ret(Err(Errno(EIO)), -1);
    }
    let mut done = 0;
    while done < len {
        // SAFETY: `[buf + done, buf + len)` is inside the caller's buffer.
        let r = check(unsafe { syscall3(SYS_getrandom, buf as usize + done, len - done, 0) });
        match r {
            Ok(n) => done += n,
            Err(Errno(EINTR)) => {}
            Err(e) => return c_ret(Err(e), -1),
        }
    }
    0
}

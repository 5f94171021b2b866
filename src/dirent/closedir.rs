//! `closedir` (POSIX.1-2017 closedir(); musl: src/dirent/closedir.c).
use super::__dirent::{Dir, release};
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::fs;

/// `int closedir(DIR *d);`: closes the descriptor and frees the stream.
///
/// # Safety
/// `d` came from `opendir`/`fdopendir` and is not used again.
///
/// # Errors
/// `EBADF`, `EINTR`, `EIO` (from close; the stream is freed anyway).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn closedir(d: *mut Dir) -> c_int {
    // SAFETY: the caller guarantees `d` is a live stream.
    let r = fs::close(unsafe { (*d).fd });
    // SAFETY: `d` came from alloc and is dead from here on.
    unsafe { release(d) };
    c_ret(r.map(|_| 0), -1)
}

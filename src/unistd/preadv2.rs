//! `preadv2` (Linux; musl: src/unistd/preadv2.c).
use crate::abi::types::{c_int, off_t, ssize_t};
use crate::abi::uio::iovec;
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall6};

/// `ssize_t preadv2(int fd, const struct iovec *iov, int cnt, off_t off, int flags);`
///
/// # Safety
/// `iov` must point at `cnt` iovecs whose buffers are valid for their lengths.
///
/// # Errors
/// As `preadv`/`pwritev`, plus `EOPNOTSUPP` (unknown `RWF_*` flag) and `EAGAIN` (`RWF_NOWAIT`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn preadv2(
    fd: c_int,
    iov: *const iovec,
    cnt: c_int,
    off: off_t,
    flags: c_int,
) -> ssize_t {
    // An offset of -1 means "the current position", as for readv/writev.
    // SAFETY: the caller guarantees the iovecs.
    __syscall_ret(unsafe {
        syscall6(
            SYS_preadv2,
            fd as usize,
            iov as usize,
            cnt as usize,
            off as usize,
            (off >> 32) as usize,
            flags as usize,
        )
    })
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak preadv64v2", ".set preadv64v2, preadv2");

//! `pwritev` (BSD; musl: src/unistd/pwritev.c).
use crate::abi::types::{c_int, off_t, ssize_t};
use crate::abi::uio::iovec;
use crate::errno::__syscall_ret;
use crate::sys::nr::*;
use crate::thread::syscall_cp::cp5;

/// `ssize_t pwritev(int fd, const struct iovec *iov, int cnt, off_t off);`
///
/// # Safety
/// `iov` must point at `cnt` iovecs whose buffers are valid for their lengths.
///
/// # Errors
/// As `readv`/`writev`, plus `ESPIPE` and `EINVAL` (negative offset).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pwritev(fd: c_int, iov: *const iovec, cnt: c_int, off: off_t) -> ssize_t {
    // SAFETY: the caller guarantees the iovecs; the kernel rebuilds the offset from its low and high halves.
    __syscall_ret(unsafe {
        cp5(
            SYS_pwritev,
            fd as usize,
            iov as usize,
            cnt as usize,
            off as usize,
            (off >> 32) as usize,
        )
    })
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak pwritev64", ".set pwritev64, pwritev");

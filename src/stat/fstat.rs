//! `fstat` (POSIX.1-2017 fstat(); musl: src/stat/fstat.c).
use crate::abi::errno::EBADF;
use crate::abi::fcntl::AT_EMPTY_PATH;
use crate::abi::stat::stat;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;

/// `int fstat(int fd, struct stat *st);`
///
/// # Safety
/// `st` must be writable.
///
/// # Errors
/// `EBADF`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fstat(fd: c_int, st: *mut stat) -> c_int {
    if fd < 0 {
        return __syscall_ret(-(EBADF as isize)) as c_int;
    }
    // SAFETY: the caller guarantees `st`; the path is an empty C string.
    unsafe { super::fstatat::fstatat(fd, c"".as_ptr(), st, AT_EMPTY_PATH) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak fstat64", ".set fstat64, fstat");

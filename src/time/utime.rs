//! `utime` (POSIX.1-2008 legacy; musl: src/time/utime.c).
use crate::abi::fcntl::AT_FDCWD;
use crate::abi::mount::utimbuf;
use crate::abi::time::timespec;
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_utimensat, syscall4};

/// `int utime(const char *path, const struct utimbuf *times);`: null `times` means now.
///
/// # Safety
/// `path` is NUL-terminated; `times` is null or readable.
///
/// # Errors
/// `EACCES`, `ENOENT`, `EPERM`, `EROFS`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn utime(path: *const c_char, times: *const utimbuf) -> c_int {
    let mut ts = [timespec {
        tv_sec: 0,
        tv_nsec: 0,
    }; 2];
    let tp = if times.is_null() {
        0
    } else {
        // SAFETY: the caller guarantees a non-null `times` is readable.
        let t = unsafe { *times };
        ts[0].tv_sec = t.actime;
        ts[1].tv_sec = t.modtime;
        ts.as_ptr() as usize
    };
    // SAFETY: the caller guarantees `path`; `tp` is null or the live array `ts`.
    __syscall_ret(unsafe { syscall4(SYS_utimensat, AT_FDCWD as usize, path as usize, tp, 0) })
        as c_int
}

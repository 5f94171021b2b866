//! `utimes` (POSIX.1-2008 legacy; musl: src/linux/utimes.c), and the timeval conversion
//! the other `*utimes` functions share.
use crate::abi::errno::EINVAL;
use crate::abi::fcntl::AT_FDCWD;
use crate::abi::time::{timespec, timeval};
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_utimensat, syscall4};

/// Sets the times of `path` (relative to `dirfd`; null `path` means `dirfd` itself) from
/// two `timeval`s, or to now when `tv` is null: the body of utimes/futimes/lutimes/futimesat.
///
/// # Safety
/// `path` is null or NUL-terminated; `tv` is null or points at two `timeval`s.
pub unsafe fn set_times(
    dirfd: c_int,
    path: *const c_char,
    tv: *const timeval,
    flags: c_int,
) -> c_int {
    let mut ts = [timespec {
        tv_sec: 0,
        tv_nsec: 0,
    }; 2];
    let tp = if tv.is_null() {
        0
    } else {
        for (i, t) in ts.iter_mut().enumerate() {
            // SAFETY: the caller guarantees two readable timevals.
            let v = unsafe { *tv.add(i) };
            if !(0..1_000_000).contains(&v.tv_usec) {
                return __syscall_ret(-(EINVAL as isize)) as c_int;
            }
            *t = timespec {
                tv_sec: v.tv_sec,
                tv_nsec: v.tv_usec * 1000,
            };
        }
        ts.as_ptr() as usize
    };
    // SAFETY: the caller guarantees `path`; `tp` is null or the live array `ts`.
    let r = unsafe {
        syscall4(
            SYS_utimensat,
            dirfd as usize,
            path as usize,
            tp,
            flags as usize,
        )
    };
    __syscall_ret(r) as c_int
}

/// `int utimes(const char *path, const struct timeval times[2]);`
///
/// # Safety
/// `path` is NUL-terminated; `times` is null or two `timeval`s.
///
/// # Errors
/// `EACCES`, `ENOENT`, `EPERM`, `EROFS`, `EINVAL` (microseconds out of range).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn utimes(path: *const c_char, times: *const timeval) -> c_int {
    // SAFETY: forwarded.
    unsafe { set_times(AT_FDCWD, path, times, 0) }
}

//! `fchmodat` (POSIX.1-2017 fchmodat(); musl: src/stat/fchmodat.c).
use crate::abi::errno::{EINVAL, ENOSYS, EOPNOTSUPP};
use crate::abi::fcntl::AT_SYMLINK_NOFOLLOW;
use crate::abi::types::{c_char, c_int, mode_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3, syscall4};

/// `fchmodat2` (Linux 6.6): not in musl 1.2.3's syscall table, so not in ours.
const NR_FCHMODAT2: usize = 452;

/// `int fchmodat(int dirfd, const char *path, mode_t mode, int flags);`
///
/// # Safety
/// `path` must be a NUL-terminated string.
///
/// # Errors
/// As `chmod`, plus `EBADF`, `EINVAL` (flags) and `EOPNOTSUPP` (a symbolic link with `AT_SYMLINK_NOFOLLOW`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fchmodat(
    dirfd: c_int,
    path: *const c_char,
    mode: mode_t,
    flags: c_int,
) -> c_int {
    // DIFF(musl): musl emulates AT_SYMLINK_NOFOLLOW through an O_PATH descriptor on
    // kernels without fchmodat2; rcc passes flags to fchmodat2 (Linux 6.6) and reports
    // EOPNOTSUPP where the kernel lacks it.
    if flags == 0 {
        // SAFETY: the caller guarantees the string.
        return __syscall_ret(unsafe {
            syscall3(SYS_fchmodat, dirfd as usize, path as usize, mode as usize)
        }) as c_int;
    }
    // SAFETY: as above.
    let r = unsafe {
        syscall4(
            NR_FCHMODAT2,
            dirfd as usize,
            path as usize,
            mode as usize,
            flags as usize,
        )
    };
    if r == -(ENOSYS as isize) {
        return __syscall_ret(
            -(if flags & !AT_SYMLINK_NOFOLLOW != 0 {
                EINVAL
            } else {
                EOPNOTSUPP
            } as isize),
        ) as c_int;
    }
    __syscall_ret(r) as c_int
}

//! `statx` (GNU, glibc 2.28 API; musl 1.2.5: src/linux/statx.c, not in musl 1.2.3):
//! extended file status with Linux 4.11's `statx` system call.
use crate::abi::errno::ENOSYS;
use crate::abi::fcntl::{AT_EMPTY_PATH, AT_NO_AUTOMOUNT, AT_SYMLINK_NOFOLLOW};
use crate::abi::stat::{STATX_BASIC_STATS, stat, statx as Statx, statx_timestamp};
use crate::abi::types::{c_char, c_int, c_uint};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_statx, syscall5};

/// `int statx(int dirfd, const char *restrict path, int flags, unsigned mask,
/// struct statx *restrict buf);` — the fields asked for in `mask` (and any others the
/// kernel fills cheaply), with `buf->stx_mask` saying which are valid.
///
/// # Safety
/// `path` is a C string; `buf` is writable.
///
/// # Errors
/// `ENOENT`, `ENOTDIR`, `EACCES`, `ELOOP`, `ENAMETOOLONG`, `EBADF`, `EFAULT`, `ENOMEM`,
/// `EINVAL` (bad flags, or `mask` with the reserved bit `STATX__RESERVED`). Before
/// Linux 4.11, the basic fields come from `fstatat`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn statx(
    dirfd: c_int,
    path: *const c_char,
    flags: c_int,
    mask: c_uint,
    buf: *mut Statx,
) -> c_int {
    // SAFETY: the caller guarantees `path` and `buf`; the kernel writes one struct statx.
    let r = unsafe {
        syscall5(
            SYS_statx,
            dirfd as usize,
            path as usize,
            flags as usize,
            mask as usize,
            buf as usize,
        )
    };
    if r != -(ENOSYS as isize) {
        return __syscall_ret(r) as c_int;
    }
    // SAFETY: as above.
    unsafe { from_fstatat(dirfd, path, flags, buf) }
}

/// `statx` before Linux 4.11: the basic fields from `fstatat` (as musl does).
///
/// # Safety
/// As `statx`.
#[cold]
unsafe fn from_fstatat(dirfd: c_int, path: *const c_char, flags: c_int, buf: *mut Statx) -> c_int {
    // SAFETY: all-zero is a valid struct stat.
    let mut st: stat = unsafe { core::mem::zeroed() };
    let flags = flags & (AT_EMPTY_PATH | AT_NO_AUTOMOUNT | AT_SYMLINK_NOFOLLOW);
    // SAFETY: the caller guarantees `path`; `st` is ours.
    if unsafe { crate::stat::fstatat::fstatat(dirfd, path, &mut st, flags) } != 0 {
        return -1;
    }
    let ts = |sec: i64, nsec: i64| statx_timestamp {
        tv_sec: sec,
        tv_nsec: nsec as u32,
        __pad: 0,
    };
    // Linux's dev_t encoding: 12+20 bits of major, 8+24 bits of minor.
    let major = |d: u64| (((d >> 32) & 0xffff_f000) | ((d >> 8) & 0xfff)) as u32;
    let minor = |d: u64| (((d >> 12) & 0xffff_ff00) | (d & 0xff)) as u32;
    let sx = Statx {
        stx_mask: STATX_BASIC_STATS,
        stx_blksize: st.st_blksize as u32,
        stx_nlink: st.st_nlink as u32,
        stx_uid: st.st_uid,
        stx_gid: st.st_gid,
        stx_mode: st.st_mode as u16,
        stx_ino: st.st_ino,
        stx_size: st.st_size as u64,
        stx_blocks: st.st_blocks as u64,
        stx_atime: ts(st.st_atim.tv_sec, st.st_atim.tv_nsec),
        stx_mtime: ts(st.st_mtim.tv_sec, st.st_mtim.tv_nsec),
        stx_ctime: ts(st.st_ctim.tv_sec, st.st_ctim.tv_nsec),
        stx_rdev_major: major(st.st_rdev),
        stx_rdev_minor: minor(st.st_rdev),
        stx_dev_major: major(st.st_dev),
        stx_dev_minor: minor(st.st_dev),
        ..Statx::default()
    };
    // SAFETY: the caller guarantees `buf`.
    unsafe { *buf = sx };
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::fcntl::AT_FDCWD;

    #[test]
    fn fallback_matches_the_system_call() {
        let (mut a, mut b) = (Statx::default(), Statx::default());
        for path in [c"/", c"/dev/null", c"Cargo.toml"] {
            // SAFETY: C string paths and our own buffers.
            unsafe {
                assert_eq!(
                    statx(AT_FDCWD, path.as_ptr(), 0, STATX_BASIC_STATS, &mut a),
                    0
                );
                assert_eq!(from_fstatat(AT_FDCWD, path.as_ptr(), 0, &mut b), 0);
            }
            assert_eq!(a.stx_ino, b.stx_ino);
            assert_eq!(a.stx_mode, b.stx_mode);
            assert_eq!(a.stx_size, b.stx_size);
            assert_eq!(
                (a.stx_dev_major, a.stx_dev_minor),
                (b.stx_dev_major, b.stx_dev_minor)
            );
            assert_eq!(
                (a.stx_rdev_major, a.stx_rdev_minor),
                (b.stx_rdev_major, b.stx_rdev_minor)
            );
            assert_eq!(a.stx_mtime.tv_sec, b.stx_mtime.tv_sec);
            assert_eq!(a.stx_mtime.tv_nsec, b.stx_mtime.tv_nsec);
            assert_eq!(b.stx_mask, STATX_BASIC_STATS);
        }
    }
}

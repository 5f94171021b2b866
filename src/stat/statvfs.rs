//! `statvfs`, `fstatvfs` (POSIX.1-2017) and `statfs`, `fstatfs` (Linux) (musl:
//! src/stat/statvfs.c). The POSIX structure is filled from the kernel's `struct statfs`.
use crate::abi::statvfs::{statfs, statvfs};
use crate::abi::types::{c_char, c_int};
use crate::errno::__syscall_ret;
use crate::sys::{Errno, check, nr::*, syscall2};

/// `int statfs(const char *path, struct statfs *buf);`
///
/// # Safety
/// `path` is NUL-terminated; `buf` is writable.
///
/// # Errors
/// `EACCES`, `ENOENT`, `ENOTDIR`, `ELOOP`, `ENAMETOOLONG`, `ENOSYS`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn statfs(path: *const c_char, buf: *mut statfs) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    __syscall_ret(unsafe { syscall2(SYS_statfs, path as usize, buf as usize) }) as c_int
}

/// `int fstatfs(int fd, struct statfs *buf);`
///
/// # Safety
/// `buf` is writable.
///
/// # Errors
/// `EBADF`, `ENOSYS`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fstatfs(fd: c_int, buf: *mut statfs) -> c_int {
    // SAFETY: the caller guarantees `buf`.
    __syscall_ret(unsafe { syscall2(SYS_fstatfs, fd as usize, buf as usize) }) as c_int
}

/// Converts the kernel's answer to POSIX's shape.
fn to_statvfs(k: &statfs) -> statvfs {
    statvfs {
        f_bsize: k.f_bsize,
        f_frsize: if k.f_frsize != 0 {
            k.f_frsize
        } else {
            k.f_bsize
        },
        f_blocks: k.f_blocks,
        f_bfree: k.f_bfree,
        f_bavail: k.f_bavail,
        f_files: k.f_files,
        f_ffree: k.f_ffree,
        f_favail: k.f_ffree,
        f_fsid: k.f_fsid.__val[0] as u32 as u64,
        f_flag: k.f_flags,
        f_namemax: k.f_namelen,
        __reserved: [0; 6],
    }
}

/// An all-zero `struct statfs` for the kernel to fill.
fn zeroed() -> statfs {
    // SAFETY: `statfs` is plain integers; all-zero is a valid value.
    unsafe { core::mem::zeroed() }
}

/// Runs one statfs-family syscall and stores the POSIX form in `out`.
///
/// # Safety
/// `arg` is what syscall `nr` expects first; `out` is writable.
unsafe fn fill(nr: usize, arg: usize, out: *mut statvfs) -> c_int {
    let mut k = zeroed();
    // SAFETY: `k` is a live struct statfs; the caller guarantees `arg`.
    let r: Result<usize, Errno> = check(unsafe { syscall2(nr, arg, &raw mut k as usize) });
    match r {
        Ok(_) => {
            // SAFETY: the caller guarantees `out`.
            unsafe { out.write(to_statvfs(&k)) };
            0
        }
        Err(e) => crate::errno::c_ret(Err(e), -1),
    }
}

/// `int statvfs(const char *restrict path, struct statvfs *restrict buf);`
///
/// # Safety
/// `path` is NUL-terminated; `buf` is writable.
///
/// # Errors
/// As `statfs`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn statvfs(path: *const c_char, buf: *mut statvfs) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { fill(SYS_statfs, path as usize, buf) }
}

/// `int fstatvfs(int fd, struct statvfs *buf);`
///
/// # Safety
/// `buf` is writable.
///
/// # Errors
/// As `fstatfs`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fstatvfs(fd: c_int, buf: *mut statvfs) -> c_int {
    // SAFETY: the caller guarantees `buf`.
    unsafe { fill(SYS_fstatfs, fd as usize, buf) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(
    ".weak statfs64",
    ".set statfs64, statfs",
    ".weak fstatfs64",
    ".set fstatfs64, fstatfs",
    ".weak statvfs64",
    ".set statvfs64, statvfs",
    ".weak fstatvfs64",
    ".set fstatvfs64, fstatvfs",
);

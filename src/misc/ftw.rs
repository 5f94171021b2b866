//! `ftw` (POSIX.1-2008, obsolescent; musl: src/misc/ftw.c): `nftw` with `FTW_PHYS`.
use super::nftw::{NftwFn, nftw};
use crate::abi::dirent::FTW_PHYS;
use crate::abi::stat::stat;
use crate::abi::types::{c_char, c_int};

/// The `ftw` callback: path, status, `FTW_*` kind.
pub type FtwFn = unsafe extern "C" fn(*const c_char, *const stat, c_int) -> c_int;

/// `int ftw(const char *path, int (*fn)(const char *, const struct stat *, int), int fd_limit);`
///
/// # Safety
/// `path` is NUL-terminated; `f` is a valid callback.
///
/// # Errors
/// As `nftw`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ftw(path: *const c_char, f: FtwFn, fd_limit: c_int) -> c_int {
    // SAFETY: in the SysV x86_64 convention a callee ignores extra integer arguments, so
    // a three-argument callback may be called with nftw's fourth (musl does the same).
    let g: NftwFn = unsafe { core::mem::transmute::<FtwFn, NftwFn>(f) };
    // SAFETY: forwarded.
    unsafe { nftw(path, g, fd_limit, FTW_PHYS) }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak ftw64", ".set ftw64, ftw");

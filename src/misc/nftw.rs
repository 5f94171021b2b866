//! `nftw` (POSIX.1-2017 nftw(); musl: src/misc/nftw.c): a depth-first walk that hands
//! each path, its `stat` and its kind to a callback.
use crate::abi::dirent::FTW;
use crate::abi::dirent::{FTW_D, FTW_DEPTH, FTW_DNR, FTW_DP, FTW_F, FTW_MOUNT, FTW_NS, FTW_PHYS};
use crate::abi::dirent::{FTW_SL, FTW_SLN};
use crate::abi::errno::{EACCES, ENAMETOOLONG, ENOENT};
use crate::abi::fcntl::{AT_FDCWD, AT_SYMLINK_NOFOLLOW, O_CLOEXEC, O_DIRECTORY, O_RDONLY};
use crate::abi::limits::PATH_MAX;
use crate::abi::stat::{S_IFDIR, S_IFLNK, S_IFMT, stat};
use crate::abi::types::{c_char, c_int, dev_t, ino_t};
use crate::dirent::__dirent::{alloc, next, release};
use crate::errno::set_errno;
use crate::sys::{Errno, check, fs, nr::SYS_newfstatat, syscall4};

/// The callback: path, its status, its `FTW_*` kind, and base/level.
pub type NftwFn = unsafe extern "C" fn(*const c_char, *const stat, c_int, *mut FTW) -> c_int;

const MAX: usize = PATH_MAX as usize;

/// One directory on the way down from the root, for loop detection and `FTW_MOUNT`.
struct History<'a> {
    up: Option<&'a History<'a>>,
    dev: dev_t,
    ino: ino_t,
    level: c_int,
    base: c_int,
}

/// Why a walk stopped early: the callback's non-zero value, or an error for errno.
enum Stop {
    Callback(c_int),
    Error(Errno),
}

/// `stat` or `lstat` of the NUL-terminated path in `path`.
fn stat_at(path: &[u8], nofollow: bool) -> Result<stat, Errno> {
    // SAFETY: `stat` is plain integers; all-zero is a valid value.
    let mut st: stat = unsafe { core::mem::zeroed() };
    let flags = if nofollow { AT_SYMLINK_NOFOLLOW } else { 0 };
    // SAFETY: `path` is NUL-terminated (walk keeps it so); `st` is live.
    let r = unsafe {
        syscall4(
            SYS_newfstatat,
            AT_FDCWD as usize,
            path.as_ptr() as usize,
            &raw mut st as usize,
            flags as usize,
        )
    };
    check(r).map(|_| st)
}

/// Length of the C string at the start of `b`.
fn c_len(b: &[u8]) -> usize {
    b.iter().position(|&c| c == 0).unwrap_or(b.len())
}

/// Walks the path held in `path[..len]` (NUL at `len`).
fn walk(
    path: &mut [u8; MAX + 1],
    f: NftwFn,
    fd_limit: c_int,
    flags: c_int,
    h: Option<&History>,
) -> Result<(), Stop> {
    let l = c_len(&path[..]);
    let j = if l > 0 && path[l - 1] == b'/' {
        l - 1
    } else {
        l
    };
    let phys = flags & FTW_PHYS != 0;
    let (st, mut kind) = match stat_at(&path[..], phys) {
        Ok(st) if st.st_mode as c_int & S_IFMT == S_IFDIR => (
            st,
            if flags & FTW_DEPTH != 0 {
                FTW_DP
            } else {
                FTW_D
            },
        ),
        Ok(st) if st.st_mode as c_int & S_IFMT == S_IFLNK => {
            (st, if phys { FTW_SL } else { FTW_SLN })
        }
        Ok(st) => (st, FTW_F),
        Err(e) => match stat_at(&path[..], true) {
            // A symbolic link whose target does not exist.
            Ok(st) if !phys && e.0 == ENOENT => (st, FTW_SLN),
            // SAFETY: all-zero is a valid `stat`.
            _ if e.0 == EACCES => (unsafe { core::mem::zeroed() }, FTW_NS),
            _ => return Err(Stop::Error(e)),
        },
    };
    if let Some(p) = h
        && flags & FTW_MOUNT != 0
        && st.st_dev != p.dev
    {
        return Ok(());
    }
    let me = History {
        up: h,
        dev: st.st_dev,
        ino: st.st_ino,
        level: h.map_or(0, |p| p.level + 1),
        base: j as c_int + 1,
    };
    let base = match h {
        Some(p) => p.base,
        None => {
            // The last component of the root path, ignoring trailing slashes.
            let mut k = j;
            while k > 0 && path[k] == b'/' {
                k -= 1;
            }
            while k > 0 && path[k - 1] != b'/' {
                k -= 1;
            }
            k as c_int
        }
    };
    let mut lev = FTW {
        base,
        level: me.level,
    };

    // Open a directory before the callback sees it, as musl does.
    let mut dfd: Result<c_int, Errno> = Err(Errno(0));
    if kind == FTW_D || kind == FTW_DP {
        // SAFETY: `path` is NUL-terminated.
        dfd = unsafe {
            fs::openat(
                AT_FDCWD,
                path.as_ptr().cast(),
                O_RDONLY | O_DIRECTORY | O_CLOEXEC,
                0,
            )
        };
        if matches!(dfd, Err(Errno(EACCES))) {
            kind = FTW_DNR;
        }
        if fd_limit == 0
            && let Ok(fd) = dfd
        {
            let _ = fs::close(fd);
        }
    }
    let call = |path: &[u8; MAX + 1], lev: &mut FTW| -> Result<(), Stop> {
        // SAFETY: `path` is NUL-terminated; `st` and `lev` are live; `f` is the caller's.
        match unsafe { f(path.as_ptr().cast(), &st, kind, lev) } {
            0 => Ok(()),
            r => Err(Stop::Callback(r)),
        }
    };
    if flags & FTW_DEPTH == 0 {
        call(path, &mut lev)?;
    }
    let mut up = h;
    while let Some(p) = up {
        if p.dev == st.st_dev && p.ino == st.st_ino {
            return Ok(());
        }
        up = p.up;
    }
    if (kind == FTW_D || kind == FTW_DP) && fd_limit != 0 {
        let fd = dfd.map_err(Stop::Error)?;
        walk_entries(path, l, j, fd, f, fd_limit, flags, &me)?;
    }
    path[l] = 0;
    if flags & FTW_DEPTH != 0 {
        call(path, &mut lev)?;
    }
    Ok(())
}

/// Walks every entry of the directory open as `fd` (consumed) below `path[..j]`.
#[allow(clippy::too_many_arguments)]
fn walk_entries(
    path: &mut [u8; MAX + 1],
    l: usize,
    j: usize,
    fd: c_int,
    f: NftwFn,
    fd_limit: c_int,
    flags: c_int,
    me: &History,
) -> Result<(), Stop> {
    let d = alloc(fd);
    if d.is_null() {
        let _ = fs::close(fd);
        return Err(Stop::Error(Errno(crate::abi::errno::ENOMEM)));
    }
    let result = (|| {
        loop {
            // SAFETY: `d` is the live stream made above.
            let de = match next(unsafe { &mut *d }) {
                Ok(Some(de)) => de,
                Ok(None) | Err(Errno(ENOENT)) => return Ok(()),
                Err(e) => return Err(Stop::Error(e)),
            };
            // SAFETY: d_name is a NUL-terminated array inside the record.
            let name = unsafe { &*(&raw const (*de).d_name).cast::<[u8; 256]>() };
            let n = c_len(name);
            if name[0] == b'.' && (n == 1 || (n == 2 && name[1] == b'.')) {
                continue;
            }
            if n >= MAX - l {
                return Err(Stop::Error(Errno(ENAMETOOLONG)));
            }
            path[j] = b'/';
            path[j + 1..j + 1 + n].copy_from_slice(&name[..n]);
            path[j + 1 + n] = 0;
            walk(path, f, fd_limit - 1, flags, Some(me))?;
        }
    })();
    // SAFETY: `d` is live; its descriptor is closed and its memory freed once.
    unsafe {
        let _ = fs::close((*d).fd);
        release(d);
    }
    result
}

/// `int nftw(const char *path, int (*fn)(const char *, const struct stat *, int,
/// struct FTW *), int fd_limit, int flags);`
///
/// Returns 0 after the whole tree, the callback's first non-zero value, or -1 with errno.
/// `fd_limit` bounds the directory descriptors held at once (one per level); 0 or less
/// walks nothing, as in musl. DIFF(glibc): `FTW_CHDIR` is accepted and ignored, as in musl.
///
/// # Safety
/// `path` is NUL-terminated; `f` is a valid callback.
///
/// # Errors
/// `ENAMETOOLONG`, and the errors of `stat`, `open` and `readdir` (`ENOENT`, `ENOTDIR`,
/// `ELOOP`, `EMFILE`...).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn nftw(
    path: *const c_char,
    f: NftwFn,
    fd_limit: c_int,
    flags: c_int,
) -> c_int {
    if fd_limit <= 0 {
        return 0;
    }
    let mut buf = [0u8; MAX + 1];
    // SAFETY: the caller guarantees a NUL-terminated `path`.
    let src = unsafe { core::ffi::CStr::from_ptr(path) }.to_bytes();
    if src.len() > MAX {
        set_errno(ENAMETOOLONG);
        return -1;
    }
    buf[..src.len()].copy_from_slice(src);
    match walk(&mut buf, f, fd_limit, flags, None) {
        Ok(()) => 0,
        Err(Stop::Callback(r)) => r,
        Err(Stop::Error(e)) => {
            set_errno(e.0);
            -1
        }
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak nftw64", ".set nftw64, nftw");

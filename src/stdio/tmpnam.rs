//! `tmpnam`, `tempnam` (C17 7.21.4.4, XSI tempnam(); musl: src/stdio/tmpnam.c, tempnam.c).
use crate::abi::errno::{EEXIST, ENAMETOOLONG, ENOENT, ENOMEM};
use crate::abi::fcntl::{AT_FDCWD, AT_SYMLINK_NOFOLLOW};
use crate::abi::types::c_char;
use crate::sys::{Errno, check, nr::SYS_newfstatat, syscall4};

/// Name attempts before giving up.
const MAX_TRIES: usize = 100;
const PATH_MAX: usize = 4096;

/// Whether nothing (not even a dangling symlink) exists at the NUL-terminated `path`.
///
/// # Safety
/// `path` NUL-terminated.
unsafe fn is_free(path: *const u8) -> bool {
    let mut st = [0u64; 18];
    // SAFETY: `st` is a writable struct stat (144 bytes); the caller guarantees `path`.
    let r = check(unsafe {
        syscall4(
            SYS_newfstatat,
            AT_FDCWD as isize as usize,
            path as usize,
            st.as_mut_ptr() as usize,
            AT_SYMLINK_NOFOLLOW as usize,
        )
    });
    r == Err(Errno(ENOENT))
}

static mut INTERNAL: [u8; 20] = [0; 20];

/// `char *tmpnam(char *s);`
///
/// A name under `/tmp` that no file has right now, stored in `s` (`L_tmpnam` bytes) or a
/// static buffer when `s` is null.
///
/// # Safety
/// `s` null or writable for `L_tmpnam` bytes.
///
/// # Errors
/// Null with `EEXIST` when no free name was found.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tmpnam(s: *mut c_char) -> *mut c_char {
    let mut name = *b"/tmp/tmpnam_XXXXXX\0";
    for _ in 0..MAX_TRIES {
        // SAFETY: the suffix is the six bytes before the NUL; `name` is NUL-terminated.
        unsafe {
            super::__randname::randname(name.as_mut_ptr().add(12));
            if is_free(name.as_ptr()) {
                let out = if s.is_null() {
                    (&raw mut INTERNAL).cast::<u8>()
                } else {
                    s.cast()
                };
                core::ptr::copy_nonoverlapping(name.as_ptr(), out, name.len());
                return out.cast();
            }
        }
    }
    crate::errno::set_errno(EEXIST);
    core::ptr::null_mut()
}

/// `char *tempnam(const char *dir, const char *pfx);`
///
/// `malloc`'d name `dir/pfx_XXXXXX` (defaults `/tmp` and `temp`) that no file has now.
///
/// # Safety
/// `dir` and `pfx` null or NUL-terminated.
///
/// # Errors
/// `ENAMETOOLONG`, `ENOMEM`, `EEXIST`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn tempnam(dir: *const c_char, pfx: *const c_char) -> *mut c_char {
    let dir = if dir.is_null() {
        crate::abi::stdio::P_TMPDIR.as_ptr()
    } else {
        dir
    };
    let pfx = if pfx.is_null() { c"temp".as_ptr() } else { pfx };
    let mut s = [0u8; PATH_MAX];
    // SAFETY: the caller guarantees both strings; the length check keeps copies in `s`.
    unsafe {
        let dl = crate::string::strlen::strlen(dir);
        let pl = crate::string::strlen::strlen(pfx);
        let l = dl + 1 + pl + 1 + 6;
        if l >= PATH_MAX {
            crate::errno::set_errno(ENAMETOOLONG);
            return core::ptr::null_mut();
        }
        core::ptr::copy_nonoverlapping(dir.cast::<u8>(), s.as_mut_ptr(), dl);
        s[dl] = b'/';
        core::ptr::copy_nonoverlapping(pfx.cast::<u8>(), s.as_mut_ptr().add(dl + 1), pl);
        s[dl + 1 + pl] = b'_';
        for _ in 0..MAX_TRIES {
            super::__randname::randname(s.as_mut_ptr().add(l - 6));
            if is_free(s.as_ptr()) {
                let p = crate::malloc::libc::malloc(l + 1).cast::<u8>();
                if p.is_null() {
                    crate::errno::set_errno(ENOMEM);
                    return core::ptr::null_mut();
                }
                core::ptr::copy_nonoverlapping(s.as_ptr(), p, l + 1);
                return p.cast();
            }
        }
    }
    crate::errno::set_errno(EEXIST);
    core::ptr::null_mut()
}

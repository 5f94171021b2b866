//! `shm_open`, `shm_unlink` (POSIX shm_open(); musl: src/mman/shm_open.c): a shared memory
//! object `/name` is the file `/dev/shm/name`.
use crate::abi::errno::{EINVAL, ENAMETOOLONG};
use crate::abi::fcntl::{AT_FDCWD, O_CLOEXEC, O_LARGEFILE, O_NOFOLLOW, O_NONBLOCK};
use crate::abi::types::{c_char, c_int, mode_t};
use crate::errno::c_ret;
use crate::sys::{Errno, check, nr::SYS_unlinkat, syscall3};

const NAME_MAX: usize = 255;
const PREFIX: &[u8] = b"/dev/shm/";
/// Room for the prefix, a longest name and its NUL.
pub const BUF: usize = NAME_MAX + 10;

/// Writes `/dev/shm/<name>` (leading slashes dropped) into `buf`. The name must be one
/// non-empty path component other than `.` and `..`.
///
/// # Safety
/// `name` must be a NUL-terminated string.
pub unsafe fn map_name(name: *const c_char, buf: &mut [u8; BUF]) -> Result<(), Errno> {
    let mut p = name as *const u8;
    // SAFETY: `p` stays within the caller's string, which ends in NUL.
    unsafe {
        while *p == b'/' {
            p = p.add(1);
        }
        let mut n = 0;
        while *p.add(n) != 0 && *p.add(n) != b'/' {
            n += 1;
        }
        let dots = n <= 2 && *p == b'.' && *p.add(n - (n > 0) as usize) == b'.';
        if *p.add(n) != 0 || n == 0 || dots {
            return Err(Errno(EINVAL));
        }
        if n > NAME_MAX {
            return Err(Errno(ENAMETOOLONG));
        }
        buf[..PREFIX.len()].copy_from_slice(PREFIX);
        for i in 0..n {
            buf[PREFIX.len() + i] = *p.add(i);
        }
        buf[PREFIX.len() + n] = 0;
    }
    Ok(())
}

/// `int shm_open(const char *name, int flags, mode_t mode);` — opens with `O_NOFOLLOW`,
/// `O_CLOEXEC` and `O_NONBLOCK` added.
///
/// # Safety
/// `name` must be a NUL-terminated string.
///
/// # Errors
/// `EINVAL` (empty name, `.`/`..`, or a `/` after the first component), `ENAMETOOLONG`,
/// and whatever `open` reports (`EEXIST`, `ENOENT`, `EACCES`, `EMFILE`...).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn shm_open(name: *const c_char, flags: c_int, mode: mode_t) -> c_int {
    let mut buf = [0u8; BUF];
    // SAFETY: the caller guarantees `name`; `buf` is NUL-terminated on success.
    let r = unsafe { map_name(name, &mut buf) }.and_then(|()| unsafe {
        let f = flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_LARGEFILE;
        crate::sys::fs::openat(AT_FDCWD, buf.as_ptr() as *const c_char, f, mode)
    });
    c_ret(r, -1)
}

/// `int shm_unlink(const char *name);`
///
/// # Safety
/// `name` must be a NUL-terminated string.
///
/// # Errors
/// As [`shm_open`]'s name errors, then `unlink`'s (`ENOENT`, `EACCES`...).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn shm_unlink(name: *const c_char) -> c_int {
    let mut buf = [0u8; BUF];
    // SAFETY: the caller guarantees `name`; `buf` is NUL-terminated on success.
    let r = unsafe { map_name(name, &mut buf) }.and_then(|()| {
        // SAFETY: `buf` holds a NUL-terminated path.
        check(unsafe { syscall3(SYS_unlinkat, AT_FDCWD as usize, buf.as_ptr() as usize, 0) })
    });
    c_ret(r.map(|_| 0), -1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(s: &[u8]) -> Result<[u8; BUF], Errno> {
        let mut buf = [0u8; BUF];
        // SAFETY: every test string ends in NUL.
        unsafe { map_name(s.as_ptr() as *const c_char, &mut buf) }.map(|()| buf)
    }

    #[test]
    fn maps_and_validates() {
        assert_eq!(&name(b"//abc\0").unwrap()[..13], b"/dev/shm/abc\0");
        assert_eq!(&name(b"..x\0").unwrap()[..13], b"/dev/shm/..x\0");
        for bad in [&b"\0"[..], b"/\0", b"/.\0", b"/..\0", b"a/b\0", b"a/\0"] {
            assert_eq!(name(bad).err(), Some(Errno(EINVAL)));
        }
        let mut long = [b'x'; 257];
        long[256] = 0;
        assert_eq!(name(&long).err(), Some(Errno(ENAMETOOLONG)));
        long[255] = 0;
        assert!(name(&long).is_ok());
    }
}

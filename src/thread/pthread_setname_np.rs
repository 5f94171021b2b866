//! `pthread_setname_np`, `pthread_getname_np` (GNU; musl: src/thread/pthread_setname_np.c,
//! pthread_getname_np.c): the kernel's 16-byte task name, via prctl for the calling thread
//! and /proc/self/task/<tid>/comm for others.
use crate::abi::errno::ERANGE;
use crate::abi::fcntl::{O_CLOEXEC, O_RDONLY, O_WRONLY};
use crate::abi::types::{c_char, c_int};
use crate::rt::thread::Thread;
use crate::sys::{Errno, fs};

const PR_SET_NAME: usize = 15;
const PR_GET_NAME: usize = 16;

/// Writes "/proc/self/task/<tid>/comm\0" into `buf`.
fn comm_path(tid: i32, buf: &mut [u8; 40]) {
    let prefix = b"/proc/self/task/";
    let mut n = 0;
    for &b in prefix {
        buf[n] = b;
        n += 1;
    }
    let mut digits = [0u8; 10];
    let (mut v, mut d) = (tid as u32, 0);
    loop {
        digits[d] = b'0' + (v % 10) as u8;
        d += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    while d > 0 {
        d -= 1;
        buf[n] = digits[d];
        n += 1;
    }
    for &b in b"/comm\0" {
        buf[n] = b;
        n += 1;
    }
}

/// `int pthread_setname_np(pthread_t t, const char *name);`
///
/// # Safety
/// `t` must be a live thread and `name` a NUL-terminated string.
///
/// # Errors
/// `ERANGE` for a name longer than 15 bytes; errors from /proc otherwise.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setname_np(t: *mut Thread, name: *const c_char) -> c_int {
    // SAFETY: the caller guarantees name is NUL-terminated.
    let len = unsafe { crate::string::strlen::strlen(name) };
    if len > 15 {
        return ERANGE;
    }
    if t == crate::rt::thread::current() {
        // SAFETY: PR_SET_NAME reads at most 16 bytes of the string.
        let r =
            unsafe { crate::sys::syscall2(crate::sys::nr::SYS_prctl, PR_SET_NAME, name as usize) };
        return crate::sys::check(r).err().map_or(0, |Errno(e)| e);
    }
    let mut path = [0u8; 40];
    // SAFETY: t is live.
    comm_path(unsafe { (*t).tid }, &mut path);
    // SAFETY: path is NUL-terminated; the name bytes are readable for len.
    unsafe {
        let fd = match fs::openat(
            crate::abi::fcntl::AT_FDCWD,
            path.as_ptr().cast(),
            O_WRONLY | O_CLOEXEC,
            0,
        ) {
            Ok(fd) => fd,
            Err(Errno(e)) => return e,
        };
        let r = fs::write(fd, name.cast(), len);
        let _ = fs::close(fd);
        r.err().map_or(0, |Errno(e)| e)
    }
}

/// `int pthread_getname_np(pthread_t t, char *buf, size_t len);`
///
/// # Safety
/// `t` must be a live thread and `buf` writable for `len` bytes.
///
/// # Errors
/// `ERANGE` when `len` cannot hold the name and its NUL (16 bytes suffice).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getname_np(t: *mut Thread, buf: *mut c_char, len: usize) -> c_int {
    let mut name = [0u8; 17];
    let n = if t == crate::rt::thread::current() {
        // SAFETY: PR_GET_NAME writes at most 16 bytes.
        let r = unsafe {
            crate::sys::syscall2(
                crate::sys::nr::SYS_prctl,
                PR_GET_NAME,
                name.as_mut_ptr() as usize,
            )
        };
        if let Err(Errno(e)) = crate::sys::check(r) {
            return e;
        }
        name.iter().position(|&b| b == 0).unwrap_or(16)
    } else {
        let mut path = [0u8; 40];
        // SAFETY: t is live.
        comm_path(unsafe { (*t).tid }, &mut path);
        // SAFETY: path is NUL-terminated; name has room for 16 bytes.
        unsafe {
            let fd = match fs::openat(
                crate::abi::fcntl::AT_FDCWD,
                path.as_ptr().cast(),
                O_RDONLY | O_CLOEXEC,
                0,
            ) {
                Ok(fd) => fd,
                Err(Errno(e)) => return e,
            };
            let r = fs::read(fd, name.as_mut_ptr(), 16);
            let _ = fs::close(fd);
            match r {
                Ok(n) => n - (n > 0 && name[n - 1] == b'\n') as usize,
                Err(Errno(e)) => return e,
            }
        }
    };
    if n >= len {
        return ERANGE;
    }
    // SAFETY: n < len bytes plus the NUL fit in the caller's buffer.
    unsafe {
        for (i, &b) in name.iter().take(n).enumerate() {
            *buf.add(i) = b as c_char;
        }
        *buf.add(n) = 0;
    }
    0
}

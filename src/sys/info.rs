//! System-information syscalls: uname, sysinfo, prlimit64, sched_getaffinity.
use super::{Errno, check, nr::*, syscall1, syscall3, syscall4};
use crate::abi::resource::rlimit;
use crate::abi::types::{c_int, pid_t};
use crate::abi::utsname::{sysinfo as Sysinfo, utsname};

/// `uname(2)`.
pub fn uname() -> Result<utsname, Errno> {
    let mut u = utsname {
        sysname: [0; 65],
        nodename: [0; 65],
        release: [0; 65],
        version: [0; 65],
        machine: [0; 65],
        domainname: [0; 65],
    };
    // SAFETY: `u` is a live, correctly sized struct utsname.
    check(unsafe { syscall1(SYS_uname, &raw mut u as usize) })?;
    Ok(u)
}

/// `sysinfo(2)`.
pub fn sysinfo() -> Result<Sysinfo, Errno> {
    // SAFETY: struct sysinfo is plain integers; all-zero is a valid value.
    let mut s: Sysinfo = unsafe { core::mem::zeroed() };
    // SAFETY: `s` is a live struct sysinfo.
    check(unsafe { syscall1(SYS_sysinfo, &raw mut s as usize) })?;
    Ok(s)
}

/// `prlimit64(2)`: sets `new` (if any) and returns the previous limit.
pub fn prlimit(pid: pid_t, res: c_int, new: Option<&rlimit>) -> Result<rlimit, Errno> {
    let mut old = rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    let new = new.map_or(0, |n| n as *const rlimit as usize);
    // SAFETY: `new` is null or a live rlimit; `old` is a live rlimit.
    check(unsafe {
        syscall4(
            SYS_prlimit64,
            pid as usize,
            res as usize,
            new,
            &raw mut old as usize,
        )
    })?;
    Ok(old)
}

/// `sched_getaffinity(2)` into `mask`; returns the number of bytes the kernel wrote.
pub fn sched_getaffinity(pid: pid_t, mask: &mut [u8]) -> Result<usize, Errno> {
    // SAFETY: `mask` is a live, writable slice of the stated length.
    check(unsafe {
        syscall3(
            SYS_sched_getaffinity,
            pid as usize,
            mask.len(),
            mask.as_mut_ptr() as usize,
        )
    })
}

/// Reads a small file (at most `buf.len()` bytes) with a close-on-exec descriptor.
pub fn read_file<'a>(path: &core::ffi::CStr, buf: &'a mut [u8]) -> Option<&'a [u8]> {
    use crate::abi::fcntl::{AT_FDCWD, O_CLOEXEC, O_RDONLY};
    // SAFETY: `path` is a C string.
    let fd = unsafe { super::fs::openat(AT_FDCWD, path.as_ptr(), O_RDONLY | O_CLOEXEC, 0) }.ok()?;
    let mut len = 0;
    while len < buf.len() {
        let rest = buf.get_mut(len..)?;
        // SAFETY: `rest` is a live writable slice.
        match unsafe { super::fs::read(fd, rest.as_mut_ptr(), rest.len()) } {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(Errno(crate::abi::errno::EINTR)) => {}
            Err(_) => {
                let _ = super::fs::close(fd);
                return None;
            }
        }
    }
    let _ = super::fs::close(fd);
    buf.get(..len)
}

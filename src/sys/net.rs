//! Socket syscalls libc itself uses (if_nametoindex, syslog): socket, connect, send,
//! recv and ioctl on a socket.
use super::{Errno, check, nr::*, syscall3, syscall6};
use crate::abi::types::c_int;

/// `socket(2)`.
pub fn socket(domain: c_int, ty: c_int, protocol: c_int) -> Result<c_int, Errno> {
    // SAFETY: no memory is passed.
    check(unsafe { syscall3(SYS_socket, domain as usize, ty as usize, protocol as usize) })
        .map(|fd| fd as c_int)
}

/// `connect(2)`.
///
/// # Safety
/// `addr` is readable for `len` bytes.
pub unsafe fn connect(fd: c_int, addr: *const u8, len: u32) -> Result<(), Errno> {
    // SAFETY: the caller guarantees the address.
    check(unsafe { syscall3(SYS_connect, fd as usize, addr as usize, len as usize) }).map(drop)
}

/// `sendto(2)` on a connected socket (no address).
pub fn send(fd: c_int, bytes: &[u8], flags: c_int) -> Result<usize, Errno> {
    // SAFETY: `bytes` is a live slice.
    check(unsafe {
        syscall6(
            SYS_sendto,
            fd as usize,
            bytes.as_ptr() as usize,
            bytes.len(),
            flags as usize,
            0,
            0,
        )
    })
}

/// `recvfrom(2)` without the sender's address.
pub fn recv(fd: c_int, buf: &mut [u8], flags: c_int) -> Result<usize, Errno> {
    // SAFETY: `buf` is a live, writable slice.
    check(unsafe {
        syscall6(
            SYS_recvfrom,
            fd as usize,
            buf.as_mut_ptr() as usize,
            buf.len(),
            flags as usize,
            0,
            0,
        )
    })
}

/// `ioctl(2)` with a pointer argument.
///
/// # Safety
/// `arg` is valid for what request `req` reads and writes.
pub unsafe fn ioctl(fd: c_int, req: usize, arg: *mut u8) -> Result<c_int, Errno> {
    // SAFETY: the caller guarantees the argument.
    check(unsafe { syscall3(SYS_ioctl, fd as usize, req, arg as usize) }).map(|r| r as c_int)
}

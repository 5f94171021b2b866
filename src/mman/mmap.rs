//! `mmap` (POSIX mmap(); musl: src/mman/mmap.c).
use crate::abi::errno::{EINVAL, ENOMEM, EPERM};
use crate::abi::mman::{MAP_ANON, MAP_FAILED, MAP_FIXED};
use crate::abi::types::{c_int, c_void, off_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_mmap, syscall6};

/// The bits of an offset that must be zero: the kernel takes byte offsets on x86_64, in
/// whole pages.
const OFF_MASK: off_t = 4095;

/// The raw result of `mmap(2)` after rcc's argument checks: an address or `-errno`.
///
/// # Safety
/// With `MAP_FIXED` the caller must own the range being replaced.
pub unsafe fn map(
    addr: *mut c_void,
    len: usize,
    prot: c_int,
    flags: c_int,
    fd: c_int,
    off: off_t,
) -> isize {
    if off & OFF_MASK != 0 {
        return -(EINVAL as isize);
    }
    if len >= isize::MAX as usize {
        return -(ENOMEM as isize);
    }
    // SAFETY: the caller owns any fixed range; the kernel validates the rest.
    let r = unsafe {
        syscall6(
            SYS_mmap,
            addr as usize,
            len,
            prot as usize,
            flags as usize,
            fd as usize,
            off as usize,
        )
    };
    // The kernel says EPERM when an anonymous mapping hits a mapping limit; POSIX and
    // musl say ENOMEM.
    if r == -(EPERM as isize) && addr.is_null() && flags & MAP_ANON != 0 && flags & MAP_FIXED == 0 {
        return -(ENOMEM as isize);
    }
    r
}

/// `void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off);`
///
/// # Safety
/// With `MAP_FIXED` any mapping already in `[addr, addr + len)` is replaced: nothing may
/// still use it.
///
/// # Errors
/// `EINVAL` (offset not page-aligned, bad flags, zero length), `ENOMEM` (length too large
/// or no room), `EBADF`, `EACCES`, `ENODEV`, `EAGAIN` (locked memory limit).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mmap(
    addr: *mut c_void,
    len: usize,
    prot: c_int,
    flags: c_int,
    fd: c_int,
    off: off_t,
) -> *mut c_void {
    // SAFETY: the caller's contract is map's.
    let r = unsafe { map(addr, len, prot, flags, fd, off) };
    match __syscall_ret(r) {
        -1 => MAP_FAILED as *mut c_void,
        p => p as *mut c_void,
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak mmap64", ".set mmap64, mmap");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::mman::{MAP_PRIVATE, PROT_READ, PROT_WRITE};

    #[test]
    fn rejects_bad_offset_and_length() {
        // SAFETY: these calls fail before mapping anything.
        unsafe {
            let f = MAP_PRIVATE | MAP_ANON;
            assert_eq!(
                map(core::ptr::null_mut(), 4096, PROT_READ, f, -1, 1),
                -(EINVAL as isize)
            );
            assert_eq!(
                map(core::ptr::null_mut(), usize::MAX, PROT_READ, f, -1, 0),
                -(ENOMEM as isize)
            );
            let p = map(
                core::ptr::null_mut(),
                4096,
                PROT_READ | PROT_WRITE,
                f,
                -1,
                0,
            );
            assert!(p > 0);
            crate::sys::mem::munmap(p as usize, 4096).unwrap();
        }
    }
}

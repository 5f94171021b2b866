//! Memory-mapping syscalls: mmap, munmap, mprotect.
use super::{Errno, check, nr::*, syscall2, syscall3, syscall6};
use crate::abi::types::{c_int, off_t};

/// `mmap(2)`.
///
/// # Safety
/// With `MAP_FIXED` the caller must own the range being replaced.
pub unsafe fn mmap(
    addr: usize,
    len: usize,
    prot: c_int,
    flags: c_int,
    fd: c_int,
    off: off_t,
) -> Result<usize, Errno> {
    // SAFETY: the caller guarantees the range; the kernel validates the rest.
    check(unsafe {
        syscall6(
            SYS_mmap,
            addr,
            len,
            prot as usize,
            flags as usize,
            fd as usize,
            off as usize,
        )
    })
}

/// `munmap(2)`.
///
/// # Safety
/// Nothing may use the range afterwards.
pub unsafe fn munmap(addr: usize, len: usize) -> Result<(), Errno> {
    // SAFETY: the caller guarantees the range is unused.
    check(unsafe { syscall2(SYS_munmap, addr, len) }).map(drop)
}

/// `mprotect(2)`.
///
/// # Safety
/// The caller must not remove access that live code relies on.
pub unsafe fn mprotect(addr: usize, len: usize, prot: c_int) -> Result<(), Errno> {
    // SAFETY: as above.
    check(unsafe { syscall3(SYS_mprotect, addr, len, prot as usize) }).map(drop)
}

//! Virtual-memory syscalls the allocator needs: madvise, mremap.
use super::{Errno, check, nr::*, syscall3, syscall4};
use crate::abi::types::c_int;

/// `MADV_DONTNEED` (Linux uapi asm-generic/mman-common.h).
pub const MADV_DONTNEED: c_int = 4;
/// `MREMAP_MAYMOVE` (Linux uapi linux/mman.h).
pub const MREMAP_MAYMOVE: c_int = 1;
/// `MAP_NORESERVE` (x86_64).
pub const MAP_NORESERVE: c_int = 0x4000;

/// `madvise(2)`.
///
/// # Safety
/// With `MADV_DONTNEED` the range's contents are lost: nothing may still need them.
pub unsafe fn madvise(addr: usize, len: usize, advice: c_int) -> Result<(), Errno> {
    // SAFETY: the caller owns the range; the kernel validates it.
    check(unsafe { syscall3(SYS_madvise, addr, len, advice as usize) }).map(drop)
}

/// `mremap(2)` without a fixed target.
///
/// # Safety
/// The caller owns `[addr, addr + old)`; on success the old range may be gone.
pub unsafe fn mremap(addr: usize, old: usize, new: usize, flags: c_int) -> Result<usize, Errno> {
    // SAFETY: as above.
    check(unsafe { syscall4(SYS_mremap, addr, old, new, flags as usize) })
}

//! `remap_file_pages` (Linux, deprecated; musl: src/linux/remap_file_pages.c).
use crate::abi::types::{c_int, c_void};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_remap_file_pages, syscall5};

/// `int remap_file_pages(void *addr, size_t size, int prot, size_t pgoff, int flags);`
///
/// # Safety
/// Rearranges the pages of the caller's shared mapping at `addr`.
///
/// # Errors
/// `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn remap_file_pages(
    addr: *mut c_void,
    size: usize,
    prot: c_int,
    pgoff: usize,
    flags: c_int,
) -> c_int {
    // SAFETY: the caller owns the mapping.
    let r = unsafe {
        syscall5(
            SYS_remap_file_pages,
            addr as usize,
            size,
            prot as usize,
            pgoff,
            flags as usize,
        )
    };
    __syscall_ret(r) as c_int
}

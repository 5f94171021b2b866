//! `mremap` body (GNU; musl: src/mman/mremap.c). The variadic C entry point is in
//! src/shim/mremap.c and passes the optional new address (read only with `MREMAP_FIXED`).
use crate::abi::errno::ENOMEM;
use crate::abi::mman::{MAP_FAILED, MREMAP_FIXED};
use crate::abi::types::{c_int, c_void};
use crate::errno::{__syscall_ret, set_errno};
use crate::sys::{nr::SYS_mremap, syscall5};

/// `mremap` with the new address already fetched (null unless `MREMAP_FIXED`).
///
/// # Safety
/// The caller owns `[old, old + old_len)`; after success only the returned range is valid,
/// and with `MREMAP_FIXED` any mapping at `new_addr` is replaced.
///
/// # Errors
/// `ENOMEM` (length too large, cannot grow in place without `MREMAP_MAYMOVE`), `EINVAL`,
/// `EFAULT`, `EAGAIN`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __rcc_mremap(
    old: *mut c_void,
    old_len: usize,
    new_len: usize,
    flags: c_int,
    new_addr: *mut c_void,
) -> *mut c_void {
    if new_len >= isize::MAX as usize {
        set_errno(ENOMEM);
        return MAP_FAILED as *mut c_void;
    }
    let target = if flags & MREMAP_FIXED != 0 {
        new_addr as usize
    } else {
        0
    };
    // SAFETY: the caller owns both ranges.
    let r = unsafe {
        syscall5(
            SYS_mremap,
            old as usize,
            old_len,
            new_len,
            flags as usize,
            target,
        )
    };
    __syscall_ret(r) as *mut c_void
}

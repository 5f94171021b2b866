//! `msync` (POSIX msync(); musl: src/mman/msync.c).
use crate::abi::types::{c_int, c_void};
use crate::errno::__syscall_ret;
use crate::sys::nr::SYS_msync;
use crate::thread::syscall_cp::cp3;

/// `int msync(void *addr, size_t len, int flags);`
///
/// # Safety
/// `MS_INVALIDATE` may discard changes the caller made to the range.
///
/// # Errors
/// `EINVAL` (unaligned `addr`, bad flags), `ENOMEM` (range not mapped), `EBUSY`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn msync(addr: *mut c_void, len: usize, flags: c_int) -> c_int {
    // SAFETY: msync reads no user memory beyond the mapping it flushes.
    __syscall_ret(unsafe { cp3(SYS_msync, addr as usize, len, flags as usize) }) as c_int
}

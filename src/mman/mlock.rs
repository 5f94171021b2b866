//! `mlock`, `munlock` (POSIX mlock(); musl: src/mman/mlock.c, munlock.c).
use crate::abi::types::{c_int, c_void};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall2};

/// `int mlock(const void *addr, size_t len);`
///
/// # Errors
/// `ENOMEM` (range not mapped or over `RLIMIT_MEMLOCK`), `EPERM`, `EAGAIN`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn mlock(addr: *const c_void, len: usize) -> c_int {
    // SAFETY: locking pages touches no user memory.
    __syscall_ret(unsafe { syscall2(SYS_mlock, addr as usize, len) }) as c_int
}

/// `int munlock(const void *addr, size_t len);`
///
/// # Errors
/// `ENOMEM` (range not mapped), `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn munlock(addr: *const c_void, len: usize) -> c_int {
    // SAFETY: as above.
    __syscall_ret(unsafe { syscall2(SYS_munlock, addr as usize, len) }) as c_int
}

//! `mlock2` (Linux; musl: src/linux/mlock2.c).
use crate::abi::types::{c_int, c_uint, c_void};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_mlock2, syscall3};

/// `int mlock2(const void *addr, size_t len, unsigned flags);` — flags 0 is plain
/// `mlock`, which also works on kernels older than `mlock2(2)`.
///
/// # Errors
/// As `mlock`; `EINVAL` for unknown flags.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn mlock2(addr: *const c_void, len: usize, flags: c_uint) -> c_int {
    if flags == 0 {
        return crate::mman::mlock::mlock(addr, len);
    }
    // SAFETY: locking pages touches no user memory.
    __syscall_ret(unsafe { syscall3(SYS_mlock2, addr as usize, len, flags as usize) }) as c_int
}

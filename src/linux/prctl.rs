//! `prctl` body (Linux; musl: src/linux/prctl.c). The variadic C entry point in
//! src/shim/prctl.c reads four argument words, as the kernel takes.
use crate::abi::types::{c_int, c_ulong};
use crate::errno::__syscall_ret;
use crate::sys::{nr::SYS_prctl, syscall5};

/// `prctl` with its arguments fetched.
///
/// # Safety
/// The arguments must be what option `op` expects (some are pointers).
///
/// # Errors
/// `EINVAL` (unknown option or bad argument), `EPERM`, `EFAULT`, `EBUSY`...
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __rcc_prctl(
    op: c_int,
    a: c_ulong,
    b: c_ulong,
    c: c_ulong,
    d: c_ulong,
) -> c_int {
    // SAFETY: the caller guarantees the arguments suit `op`.
    let r = unsafe {
        syscall5(
            SYS_prctl,
            op as usize,
            a as usize,
            b as usize,
            c as usize,
            d as usize,
        )
    };
    __syscall_ret(r) as c_int
}

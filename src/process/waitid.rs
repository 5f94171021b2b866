//! `waitid` (POSIX waitid(); musl: src/process/waitid.c).
use crate::abi::signal::siginfo_t;
use crate::abi::types::{c_int, id_t};
use crate::errno::__syscall_ret;
use crate::sys::nr::SYS_waitid;
use crate::thread::syscall_cp::cp5;

/// `int waitid(idtype_t type, id_t id, siginfo_t *info, int options);`
///
/// # Safety
/// `info` must be writable (the kernel also accepts null).
///
/// # Errors
/// `ECHILD`, `EINTR`, `EINVAL` (bad type or options).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn waitid(
    idtype: c_int,
    id: id_t,
    info: *mut siginfo_t,
    options: c_int,
) -> c_int {
    // SAFETY: the caller guarantees `info`; no rusage is asked for.
    let r = unsafe {
        cp5(
            SYS_waitid,
            idtype as usize,
            id as usize,
            info as usize,
            options as usize,
            0,
        )
    };
    __syscall_ret(r) as c_int
}

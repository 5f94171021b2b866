//! `seteuid` (POSIX.1-2017 seteuid(); musl: src/unistd/seteuid.c).
use crate::abi::types::{c_int, uid_t};
use crate::errno::__syscall_ret;
use crate::sys::{nr::*, syscall3};

/// `int seteuid(uid_t uid);`
///
/// `setresuid(-1, uid, -1)`, as musl. Affects the calling thread only until rcc has threads (then every thread, as musl).
///
/// # Errors
/// `EPERM`, `EINVAL`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn seteuid(uid: uid_t) -> c_int {
    // SAFETY: no memory is passed.
    __syscall_ret(unsafe { syscall3(SYS_setresuid, usize::MAX, uid as usize, usize::MAX) }) as c_int
}

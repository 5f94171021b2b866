//! `sched_getaffinity`, `sched_setaffinity` (GNU; musl: src/sched/affinity.c).
use crate::abi::sched::cpu_set_t;
use crate::abi::types::{c_int, pid_t};
use crate::errno::{__syscall_ret, c_ret};
use crate::sys::{Errno, check, nr::*, syscall3};

/// `int sched_getaffinity(pid_t tid, size_t size, cpu_set_t *set);` — bytes of `set`
/// past what the kernel writes are zeroed.
///
/// # Safety
/// `set` must be writable for `size` bytes.
///
/// # Errors
/// `EINVAL` (`size` smaller than the kernel's mask), `ESRCH`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sched_getaffinity(tid: pid_t, size: usize, set: *mut cpu_set_t) -> c_int {
    // SAFETY: the caller's guarantee, passed on.
    c_ret(unsafe { get(tid, size, set) }.map(|()| 0), -1)
}

/// The kernel's affinity mask of `tid` into `set`, zero-filled past what the kernel writes
/// (shared with `pthread_getaffinity_np`).
///
/// # Safety
/// `set` must be writable for `size` bytes.
pub(crate) unsafe fn get(tid: pid_t, size: usize, set: *mut cpu_set_t) -> Result<(), Errno> {
    // SAFETY: the caller guarantees `size` writable bytes at `set`.
    let n = check(unsafe { syscall3(SYS_sched_getaffinity, tid as usize, size, set as usize) })?;
    let p = set as *mut u8;
    for i in n.min(size)..size {
        // SAFETY: `i < size`, inside the caller's buffer.
        unsafe { p.add(i).write(0) };
    }
    Ok(())
}

/// `int sched_setaffinity(pid_t tid, size_t size, const cpu_set_t *set);`
///
/// # Safety
/// `set` must be readable for `size` bytes.
///
/// # Errors
/// `EINVAL` (no allowed CPU in the set), `ESRCH`, `EPERM`, `EFAULT`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sched_setaffinity(
    tid: pid_t,
    size: usize,
    set: *const cpu_set_t,
) -> c_int {
    // SAFETY: the caller guarantees `size` readable bytes at `set`.
    __syscall_ret(unsafe { syscall3(SYS_sched_setaffinity, tid as usize, size, set as usize) })
        as c_int
}

//! `pselect` (POSIX.1-2017 pselect(); musl: src/select/pselect.c).
use crate::abi::poll::fd_set;
use crate::abi::signal::sigset_t;
use crate::abi::time::timespec;
use crate::abi::types::c_int;
use crate::errno::__syscall_ret;
use crate::sys::nr::SYS_pselect6;
use crate::sys::signal::KSET;
use crate::thread::syscall_cp::cp6;

/// `int pselect(int n, fd_set *r, fd_set *w, fd_set *e, const struct timespec *ts,
/// const sigset_t *mask);`
///
/// The kernel's sixth argument is a (mask, mask size) pair; the timeout is copied
/// because the kernel writes the time left into it.
///
/// # Safety
/// Each set is null or a valid `fd_set`; `ts` and `mask` are null or valid.
///
/// # Errors
/// `EBADF`, `EINTR`, `EINVAL`, `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pselect(
    n: c_int,
    r: *mut fd_set,
    w: *mut fd_set,
    e: *mut fd_set,
    ts: *const timespec,
    mask: *const sigset_t,
) -> c_int {
    let mut copy = if ts.is_null() {
        None
    } else {
        // SAFETY: the caller guarantees a non-null `ts` is readable.
        Some(unsafe { *ts })
    };
    let tp = copy.as_mut().map_or(0, |t| t as *mut timespec as usize);
    let data: [usize; 2] = [mask as usize, KSET];
    // SAFETY: the caller guarantees the sets and `mask`; `tp` and `data` are live locals.
    let ret = unsafe {
        cp6(
            SYS_pselect6,
            n as usize,
            r as usize,
            w as usize,
            e as usize,
            tp,
            data.as_ptr() as usize,
        )
    };
    __syscall_ret(ret) as c_int
}

//! `pthread_kill`, `pthread_sigmask` (POSIX; musl: src/thread/pthread_kill.c,
//! pthread_sigmask.c).
use crate::abi::errno::{EINVAL, ESRCH};
use crate::abi::types::{c_int, c_void};
use crate::rt::thread::Thread;
use crate::sys::Errno;

/// `int pthread_kill(pthread_t t, int sig);` — `sig` 0 checks that the thread exists.
/// A thread that has exited but is not yet joined is still a valid id: the signal is
/// dropped and 0 returned, as in musl and glibc >= 2.34 (so `pthread_cancel` of a thread
/// that already acted on its cancellation succeeds).
///
/// # Safety
/// `t` must be a thread id from this process that has not been joined.
///
/// # Errors
/// `EINVAL` for a bad signal number.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_kill(t: *mut Thread, sig: c_int) -> c_int {
    if !(0..=64).contains(&sig) {
        return EINVAL;
    }
    // SAFETY: t is a live or exited-but-unjoined descriptor; tid is 0 once exited.
    let tid = unsafe { core::ptr::read_volatile(&raw const (*t).tid) };
    if tid == 0 {
        return 0;
    }
    match crate::sys::proc::tgkill(crate::sys::proc::getpid(), tid, sig) {
        // It exited between the load and the kill: the same as exited before.
        Ok(()) | Err(Errno(ESRCH)) => 0,
        Err(Errno(e)) => e,
    }
}

/// `int pthread_sigmask(int how, const sigset_t *restrict set, sigset_t *restrict old);`
/// — like sigprocmask, but returns the error number. rcc reserves no signals.
///
/// # Safety
/// `set` and `old` must be NULL or valid `sigset_t` pointers.
///
/// # Errors
/// `EINVAL` for a bad `how` when `set` is non-NULL.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_sigmask(
    how: c_int,
    set: *const c_void,
    old: *mut c_void,
) -> c_int {
    if !set.is_null() && !(0..=2).contains(&how) {
        return EINVAL;
    }
    // SAFETY: the kernel reads/writes 8 bytes at each non-null pointer (sigset_t is 128).
    let r = unsafe {
        crate::sys::syscall4(
            crate::sys::nr::SYS_rt_sigprocmask,
            how as usize,
            set as usize,
            old as usize,
            8,
        )
    };
    crate::sys::check(r).err().map_or(0, |Errno(e)| e)
}

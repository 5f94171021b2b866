//! Per-thread scheduling: `pthread_setschedparam`, `pthread_getschedparam`,
//! `pthread_setschedprio`, `pthread_getcpuclockid`, `pthread_setconcurrency`,
//! `pthread_getconcurrency` (POSIX; musl: src/thread/pthread_setschedparam.c,
//! pthread_getschedparam.c, pthread_setschedprio.c, pthread_getcpuclockid.c,
//! pthread_setconcurrency.c, pthread_getconcurrency.c). The kernel's sched_* calls act on
//! one thread, named by its tid.
use crate::abi::errno::{EAGAIN, EINVAL, ESRCH};
use crate::abi::sched::sched_param;
use crate::abi::types::{c_int, clockid_t, pid_t};
use crate::rt::thread::Thread;
use crate::sys::nr::*;
use crate::sys::{check, syscall1, syscall2, syscall3};

/// The thread's kernel id, or `None` once it has exited.
///
/// # Safety
/// `t` must be a thread id from this process that has not been joined.
pub(crate) unsafe fn live_tid(t: *mut Thread) -> Option<pid_t> {
    // SAFETY: the caller guarantees `t`; the kernel clears tid at exit.
    let tid = unsafe { core::ptr::read_volatile(&raw const (*t).tid) };
    (tid != 0).then_some(tid)
}

/// The error number of a raw syscall result (0 on success).
fn err_of(r: isize) -> c_int {
    match check(r) {
        Ok(_) => 0,
        Err(e) => e.0,
    }
}

/// `int pthread_setschedparam(pthread_t t, int policy, const struct sched_param *param);`
///
/// # Safety
/// `t` must be a live or unjoined thread id; `param` valid.
///
/// # Errors
/// `ESRCH` (thread gone), `EINVAL` (bad policy or priority), `EPERM` (not allowed).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setschedparam(
    t: *mut Thread,
    policy: c_int,
    param: *const sched_param,
) -> c_int {
    // SAFETY: the caller guarantees `t`.
    let Some(tid) = (unsafe { live_tid(t) }) else {
        return ESRCH;
    };
    // SAFETY: the kernel reads one int at `param`.
    err_of(unsafe {
        syscall3(
            SYS_sched_setscheduler,
            tid as usize,
            policy as usize,
            param as usize,
        )
    })
}

/// `int pthread_getschedparam(pthread_t t, int *restrict policy,
/// struct sched_param *restrict param);`
///
/// # Safety
/// `t` must be a live or unjoined thread id; `policy` and `param` writable.
///
/// # Errors
/// `ESRCH` when the thread has exited.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getschedparam(
    t: *mut Thread,
    policy: *mut c_int,
    param: *mut sched_param,
) -> c_int {
    // SAFETY: the caller guarantees `t`.
    let Some(tid) = (unsafe { live_tid(t) }) else {
        return ESRCH;
    };
    // SAFETY: the kernel writes one int at `param`.
    let r = err_of(unsafe { syscall2(SYS_sched_getparam, tid as usize, param as usize) });
    if r != 0 {
        return r;
    }
    // SAFETY: sched_getscheduler takes only the tid.
    match check(unsafe { syscall1(SYS_sched_getscheduler, tid as usize) }) {
        Ok(p) => {
            // SAFETY: the caller guarantees `policy` writable.
            unsafe { *policy = p as c_int };
            0
        }
        Err(e) => e.0,
    }
}

/// `int pthread_setschedprio(pthread_t t, int prio);` — changes the priority, keeps the
/// policy.
///
/// # Safety
/// `t` must be a live or unjoined thread id.
///
/// # Errors
/// `ESRCH`, `EINVAL` (priority out of the policy's range), `EPERM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setschedprio(t: *mut Thread, prio: c_int) -> c_int {
    // SAFETY: the caller guarantees `t`.
    let Some(tid) = (unsafe { live_tid(t) }) else {
        return ESRCH;
    };
    let p = prio;
    // SAFETY: the kernel reads one int (the sched_priority member) at `&p`.
    err_of(unsafe { syscall2(SYS_sched_setparam, tid as usize, &raw const p as usize) })
}

/// `int pthread_getcpuclockid(pthread_t t, clockid_t *clock);` — the kernel's CPU-time
/// clock of one thread: `(~tid << 3) | CPUCLOCK_SCHED | CPUCLOCK_PERTHREAD`.
///
/// # Safety
/// `t` must be a live or unjoined thread id; `clock` writable.
///
/// # Errors
/// `ESRCH` when the thread has exited.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_getcpuclockid(t: *mut Thread, clock: *mut clockid_t) -> c_int {
    // SAFETY: the caller guarantees `t`.
    let Some(tid) = (unsafe { live_tid(t) }) else {
        return ESRCH;
    };
    // SAFETY: the caller guarantees `clock` writable.
    unsafe { *clock = ((!tid as u32) << 3 | 6) as clockid_t };
    0
}

/// `int pthread_setconcurrency(int level);` — a hint; as in musl, only 0 ("let the system
/// decide") is accepted, which is what a one-to-one thread model always does.
///
/// # Errors
/// `EINVAL` for a negative level, `EAGAIN` for a positive one (glibc stores the value).
// DIFF(glibc): glibc accepts and remembers any non-negative level.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_setconcurrency(level: c_int) -> c_int {
    match level {
        0 => 0,
        l if l < 0 => EINVAL,
        _ => EAGAIN,
    }
}

/// `int pthread_getconcurrency(void);` — 0, the only level `pthread_setconcurrency` keeps.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_getconcurrency() -> c_int {
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn concurrency() {
        assert_eq!(pthread_setconcurrency(-1), EINVAL);
        assert_eq!(pthread_setconcurrency(2), EAGAIN);
        assert_eq!(pthread_setconcurrency(0), 0);
        assert_eq!(pthread_getconcurrency(), 0);
    }

    #[test]
    fn cpuclock_encoding() {
        let mut t = Thread::ZERO;
        t.tid = 100;
        let mut c: clockid_t = 0;
        // SAFETY: a local descriptor.
        assert_eq!(unsafe { pthread_getcpuclockid(&mut t, &mut c) }, 0);
        assert_eq!(c, (-100 - 1) * 8 + 6);
        t.tid = 0;
        // SAFETY: as above.
        assert_eq!(unsafe { pthread_getcpuclockid(&mut t, &mut c) }, ESRCH);
    }
}

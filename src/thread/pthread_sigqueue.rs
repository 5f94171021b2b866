//! `pthread_sigqueue` (GNU; glibc: nptl/pthread_sigqueue.c; musl lacks it): `sigqueue`
//! aimed at one thread, through `rt_tgsigqueueinfo`.
use super::pthread_setschedparam::live_tid;
use crate::abi::errno::{EINVAL, ESRCH};
use crate::abi::signal::{SI_QUEUE, siginfo_t, sigval};
use crate::abi::types::c_int;
use crate::rt::thread::Thread;
use crate::sys::{check, nr::SYS_rt_tgsigqueueinfo, syscall4};

/// `int pthread_sigqueue(pthread_t t, int sig, const union sigval value);` — queues `sig`
/// for thread `t` with `si_code == SI_QUEUE`, the caller's pid and uid, and `value`.
///
/// # Safety
/// `t` must be a live or unjoined thread id.
///
/// # Errors
/// `EINVAL` (bad signal), `ESRCH` (thread gone), `EAGAIN` (queue full), `EPERM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_sigqueue(t: *mut Thread, sig: c_int, value: sigval) -> c_int {
    if !(0..=64).contains(&sig) {
        return EINVAL;
    }
    // SAFETY: the caller guarantees `t`.
    let Some(tid) = (unsafe { live_tid(t) }) else {
        return ESRCH;
    };
    let mut si = siginfo_t {
        si_signo: sig,
        si_errno: 0,
        si_code: SI_QUEUE,
        __si_fields: [0; 14],
    };
    let pid = crate::sys::proc::getpid();
    // si_pid at 16, si_uid at 20, si_value at 24 (see src/abi/signal.rs MEMBERS).
    si.__si_fields[0] = pid as u32 as u64 | (crate::sys::signal::getuid() as u64) << 32;
    // SAFETY: both members of the union are plain data; the pointer covers all 8 bytes.
    si.__si_fields[1] = unsafe { value.sival_ptr } as u64;
    // SAFETY: `si` is a complete 128-byte siginfo_t the kernel only reads.
    let r = unsafe {
        syscall4(
            SYS_rt_tgsigqueueinfo,
            pid as usize,
            tid as usize,
            sig as usize,
            &raw const si as usize,
        )
    };
    match check(r) {
        Ok(_) => 0,
        Err(e) => e.0,
    }
}

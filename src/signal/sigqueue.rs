//! `sigqueue` (POSIX sigqueue(); musl: src/signal/sigqueue.c).
use super::block;
use crate::abi::signal::{SI_QUEUE, siginfo_t, sigval};
use crate::abi::types::{c_int, pid_t};
use crate::errno::c_ret;

/// `int sigqueue(pid_t pid, int sig, union sigval value);` — sends `sig` with `value`
/// and `si_code == SI_QUEUE`.
///
/// # Errors
/// `EAGAIN` (queue full), `EINVAL`, `EPERM`, `ESRCH`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn sigqueue(pid: pid_t, sig: c_int, value: sigval) -> c_int {
    let mut si = siginfo_t {
        si_signo: sig,
        si_errno: 0,
        si_code: SI_QUEUE,
        __si_fields: [0; 14],
    };
    // si_pid at 16, si_uid at 20, si_value at 24 (see src/abi/signal.rs MEMBERS).
    si.__si_fields[0] =
        crate::sys::proc::getpid() as u32 as u64 | (crate::sys::signal::getuid() as u64) << 32;
    // SAFETY: both members of the union are plain data; the pointer covers all 8 bytes.
    si.__si_fields[1] = unsafe { value.sival_ptr } as u64;
    let old = block::block(block::APP);
    // SAFETY: `si` is a complete 128-byte siginfo_t.
    let r = unsafe { crate::sys::signal::sigqueueinfo(pid, sig, &raw const si as usize) };
    block::restore(old);
    c_ret(r.map(|()| 0), -1)
}

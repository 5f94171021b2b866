//! `abort` (C17 7.22.4.1; musl: src/exit/abort.c): raise SIGABRT; if a handler returns or
//! the signal is ignored, restore the default action and raise it again.
use crate::abi::signal::{SIG_BLOCK, SIG_UNBLOCK, SIGABRT};
use crate::sys::proc;

/// `_Noreturn void abort(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn abort() -> ! {
    abort_now()
}

/// The body of `abort`, for internal callers (panic, stack smashing, heap checks).
pub fn abort_now() -> ! {
    let pid = proc::getpid();
    let _ = proc::tgkill(pid, proc::gettid(), SIGABRT);
    // Still alive: a handler returned or SIGABRT is blocked or ignored.
    let all = !0u64;
    let _ = proc::sigprocmask(SIG_BLOCK, Some(&all), None);
    let dfl = proc::KSigaction {
        handler: 0,
        flags: 0,
        restorer: 0,
        mask: 0,
    };
    let _ = proc::sigaction(SIGABRT, Some(&dfl), None);
    let _ = proc::tgkill(pid, proc::gettid(), SIGABRT);
    let one = 1u64 << (SIGABRT - 1);
    let _ = proc::sigprocmask(SIG_UNBLOCK, Some(&one), None);
    crate::arch::entry::crash()
}

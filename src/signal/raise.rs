//! `raise` (C17 7.14.2.1; musl: src/signal/raise.c): send a signal to the calling thread.
use super::block;
use crate::abi::types::c_int;
use crate::errno::c_ret;
use crate::sys::signal::tkill;

/// `int raise(int sig);` — application signals are blocked around the `tkill`, so a
/// handler runs only once the mask is restored, just before `raise` returns.
///
/// # Errors
/// `EINVAL` for a bad signal number.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn raise(sig: c_int) -> c_int {
    let old = block::block(block::APP);
    // SAFETY: the descriptor of the running thread is always valid.
    let mut tid = unsafe { (*crate::rt::thread::current()).tid };
    if tid == 0 {
        tid = crate::sys::proc::gettid();
    }
    let r = tkill(tid, sig);
    block::restore(old);
    c_ret(r.map(|()| 0), -1)
}

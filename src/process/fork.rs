//! `fork` (POSIX fork(); musl: src/process/fork.c): `_Fork` between the `pthread_atfork`
//! handlers, with libc's internal locks (stdio, environment, atexit, time zone, syslog,
//! locale, keys, random, passwd, thread stacks) and the allocator's held across the fork
//! of a multi-threaded process, so the child can use all of libc.
use crate::abi::types::pid_t;
use crate::errno::c_ret;
use crate::thread::pthread_atfork::{Phase, run_handlers};

/// `pid_t fork(void);` — the child's pid in the parent, 0 in the child.
///
/// # Errors
/// `EAGAIN` (process limit), `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn fork() -> pid_t {
    run_handlers(Phase::Prepare);
    // With one thread no lock can be held by anyone else (and taking them could deadlock
    // a fork from a signal handler that interrupted libc).
    let threaded = crate::thread::state::multi_threaded();
    // SAFETY: the calling thread's own descriptor.
    let old_tid = unsafe { (*crate::rt::thread::current()).tid };
    if threaded {
        super::fork_locks::prepare();
    }
    let guard = crate::malloc::lock::lock_for_fork();
    let r = super::_Fork::fork_process();
    drop(guard);
    if threaded {
        super::fork_locks::release(if r == Ok(0) { Some(old_tid) } else { None });
    }
    run_handlers(if r == Ok(0) {
        Phase::Child
    } else {
        Phase::Parent
    });
    c_ret(r, -1)
}

//! `fork` (POSIX fork(); musl: src/process/fork.c): `_Fork` between the `pthread_atfork`
//! handlers, with the allocator lock held across the fork so the child can allocate.
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
    let guard = crate::malloc::lock::lock_for_fork();
    let r = super::_Fork::fork_process();
    drop(guard);
    run_handlers(if r == Ok(0) {
        Phase::Child
    } else {
        Phase::Parent
    });
    c_ret(r, -1)
}

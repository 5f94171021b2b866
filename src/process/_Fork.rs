//! `_Fork` (POSIX.1-2024 _Fork(); musl: src/process/_Fork.c): fork without atfork
//! handlers, as async-signal-safe as the kernel call.
use crate::abi::signal::SIGCHLD;
use crate::abi::types::pid_t;
use crate::errno::c_ret;
use crate::signal::block::{ALL, block, restore};
use crate::sys::{Errno, check, nr::SYS_clone, syscall5};
use core::sync::atomic::Ordering;

/// Forks with every signal blocked, so no handler runs in the child before its thread
/// descriptor names the child's own thread; returns the child's pid, or 0 in the child.
pub fn fork_process() -> Result<pid_t, Errno> {
    let old = block(ALL);
    // SAFETY: clone without CLONE_VM and a null stack is fork: the child gets a copy of
    // this stack and resumes here.
    let r = check(unsafe { syscall5(SYS_clone, SIGCHLD as usize, 0, 0, 0, 0) });
    if let Ok(0) = r {
        reset_child();
    }
    restore(old);
    r.map(|pid| pid as pid_t)
}

/// In the child: the one thread there is the caller, with a new tid.
fn reset_child() {
    let t = crate::rt::thread::current();
    // SAFETY: `t` is the calling thread's own descriptor; no other thread exists in the
    // child to read it concurrently.
    unsafe {
        (*t).tid = crate::sys::proc::set_tid_address(&raw mut (*t).tid);
        (*t).prev = t;
        (*t).next = t;
    }
    crate::thread::state::OTHER_THREADS.store(0, Ordering::Relaxed);
    // Single-threaded again: libc's lock-free fast paths apply until the next
    // pthread_create (fork has already released the locks it took; after a bare _Fork,
    // internal locks a vanished thread held are simply no longer taken).
    crate::thread::state::MULTI_THREADED.store(false, Ordering::Relaxed);
}

/// `pid_t _Fork(void);`
///
/// # Errors
/// `EAGAIN` (process limit), `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn _Fork() -> pid_t {
    c_ret(fork_process(), -1)
}

//! `pthread_exit` (POSIX; musl: src/thread/pthread_exit.c): run thread-specific data
//! destructors, then end the thread; the last thread to go ends the process with exit(0).
use super::state::{self, DETACHED, EXITING, JOINABLE};
use crate::abi::types::c_void;
use core::sync::atomic::Ordering;

/// A word the kernel may clear at a detached thread's exit once its own memory is gone.
static mut DUMMY_TID: i32 = 0;

/// `_Noreturn void pthread_exit(void *value);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_exit(value: *mut c_void) -> ! {
    let t = crate::rt::thread::current();
    // SAFETY: t is the calling thread's own descriptor.
    unsafe {
        (*t).result = value;
        super::pthread_cancel::run_cleanups(t);
        super::cxa_thread_atexit::run_if_used(t);
        super::pthread_key_create::run_destructors(t);
        crate::malloc::heap::thread_exit();
        super::robust::thread_exit();
        if state::OTHER_THREADS.fetch_sub(1, Ordering::AcqRel) == 0 {
            // We were the last thread: the process ends as if main had returned 0.
            state::OTHER_THREADS.store(0, Ordering::Relaxed);
            crate::exit::exit::exit(0);
        }
        let prev = (*t).detach_state.swap(EXITING, Ordering::AcqRel);
        if prev == DETACHED && (*t).map_base != 0 {
            // Nobody will join us: free our own stack on the way out. Stop the kernel
            // from writing our (soon unmapped) tid field first.
            crate::sys::proc::set_tid_address(&raw mut DUMMY_TID);
            let all = !0u64;
            let _ = crate::sys::proc::sigprocmask(crate::abi::signal::SIG_BLOCK, Some(&all), None);
            crate::arch::clone::unmap_self_and_exit((*t).map_base, (*t).map_size);
        }
        debug_assert!(prev == JOINABLE || prev == DETACHED);
        // Joinable (or a detached thread on a user stack): the kernel clears `tid` and
        // wakes the joiner when we are gone.
        loop {
            crate::sys::syscall1(crate::sys::nr::SYS_exit, 0);
        }
    }
}

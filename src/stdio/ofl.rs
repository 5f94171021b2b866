//! The list of open streams that `fflush(NULL)` and `exit` walk (musl: src/stdio/ofl.c,
//! ofl_add.c).
use super::file::File;
use crate::thread::state::Lock;

static OFL_LOCK: Lock = Lock::new();
static mut HEAD: *mut File = core::ptr::null_mut();

/// Takes the list lock and returns the first stream; `unlock_list` must follow.
pub fn lock_list() -> *mut File {
    OFL_LOCK.lock();
    // SAFETY: HEAD is only touched under OFL_LOCK.
    unsafe { HEAD }
}

/// Releases the list lock.
pub fn unlock_list() {
    OFL_LOCK.unlock();
}

/// Adds `f` at the head of the list.
///
/// # Safety
/// `f` is a live stream not on the list.
pub unsafe fn add(f: *mut File) {
    OFL_LOCK.lock();
    // SAFETY: under OFL_LOCK; `f` and the old head are live.
    unsafe {
        (*f).prev = core::ptr::null_mut();
        (*f).next = HEAD;
        if !HEAD.is_null() {
            (*HEAD).prev = f;
        }
        HEAD = f;
    }
    OFL_LOCK.unlock();
}

/// Unlinks `f` from the list.
///
/// # Safety
/// `f` is a live stream on the list.
pub unsafe fn remove(f: *mut File) {
    OFL_LOCK.lock();
    // SAFETY: under OFL_LOCK; the neighbours are live list members.
    unsafe {
        if !(*f).prev.is_null() {
            (*(*f).prev).next = (*f).next;
        }
        if !(*f).next.is_null() {
            (*(*f).next).prev = (*f).prev;
        }
        if HEAD == f {
            HEAD = (*f).next;
        }
    }
    OFL_LOCK.unlock();
}

/// Owner-word bit marking a stream lock that `fork` took in its prepare step (tids stay
/// below 2^22, so it never collides with an owner or `MAYBE_WAITERS`).
const FORK_HELD: i32 = 0x2000_0000;

fn self_tid() -> i32 {
    // SAFETY: the thread pointer always addresses this thread's live descriptor.
    unsafe { (*crate::rt::thread::current()).tid }
}

/// Calls `each` on every stream: the open-file list (whose lock the caller holds) and the
/// three standard streams.
fn for_each_stream(mut each: impl FnMut(*mut File)) {
    // SAFETY: list members are live while the list lock is held; the standard streams
    // are static.
    unsafe {
        let mut f = HEAD;
        while !f.is_null() {
            each(f);
            f = (*f).next;
        }
    }
    each(super::stdin::stdin_file());
    each(super::stdout::stdout_file());
    each(super::stderr::stderr_file());
}

/// `fork`'s prepare step: takes the list lock, then every stream lock that is free or
/// frees up after a short spin and a few yields, without waiting on a stream another
/// thread keeps locked (a reader blocked on a terminal must not stall `fork`: such a
/// stream is only reset in the child, as glibc resets every stream lock). Streams this
/// thread holds itself (`flockfile`) are left as they are.
pub fn fork_prepare() {
    OFL_LOCK.lock();
    let me = self_tid();
    for_each_stream(|f| {
        // SAFETY: `f` is a live stream (see for_each_stream).
        let word = unsafe { &(*f).lock };
        for i in 0..132 {
            match word.compare_exchange(
                0,
                me | FORK_HELD,
                core::sync::atomic::Ordering::Acquire,
                core::sync::atomic::Ordering::Relaxed,
            ) {
                Ok(_) => return,
                Err(owner) if owner & !super::file::MAYBE_WAITERS == me => return,
                Err(_) if i < 100 => core::hint::spin_loop(),
                Err(_) => {
                    // SAFETY: sched_yield takes no arguments.
                    let _ = unsafe { crate::sys::syscall0(crate::sys::nr::SYS_sched_yield) };
                }
            }
        }
    });
}

/// `fork`'s parent step: releases what `fork_prepare` took.
pub fn fork_parent() {
    let me = self_tid();
    for_each_stream(|f| {
        // SAFETY: `f` is a live stream.
        let word = unsafe { &(*f).lock };
        if word.load(core::sync::atomic::Ordering::Relaxed) & !super::file::MAYBE_WAITERS
            == me | FORK_HELD
        {
            // SAFETY: this thread holds the lock (taken in fork_prepare).
            unsafe { super::file::unlock(f) };
        }
    });
    OFL_LOCK.unlock();
}

/// `fork`'s child step (`old` is the forking thread's tid in the parent, the calling
/// thread's descriptor already holds its new one): streams the forking thread locked with
/// `flockfile` stay locked by it under its new tid; every other stream lock is released,
/// since the threads that held them do not exist here.
pub fn fork_child(old: i32) {
    let me = self_tid();
    for_each_stream(|f| {
        // SAFETY: `f` is a live stream and the child has no other thread.
        unsafe {
            let word = &(*f).lock;
            let owner =
                word.load(core::sync::atomic::Ordering::Relaxed) & !super::file::MAYBE_WAITERS;
            let keep = owner == old && (*f).lockcount > 0;
            if !keep {
                (*f).lockcount = 0;
            }
            word.store(
                if keep { me } else { 0 },
                core::sync::atomic::Ordering::Relaxed,
            );
        }
    });
    OFL_LOCK.unlock();
}

//! `pthread_create` (POSIX; musl: src/thread/pthread_create.c): one mapping holds the
//! guard page, the stack, and at its top the TLS block, descriptor, TSD and DTV; the
//! kernel starts the thread through `clone` with `CLONE_SETTLS` and clears `tid` at exit.
use super::pthread_attr::Attr;
use super::state::{self, DETACHED, JOINABLE};
use crate::abi::errno::{EAGAIN, EINVAL};
use crate::abi::mman::{MAP_ANONYMOUS, MAP_PRIVATE, PROT_NONE, PROT_READ, PROT_WRITE};
use crate::abi::types::{c_int, c_void};
use crate::rt::thread::Thread;
use core::sync::atomic::{AtomicI32, Ordering};

pub type StartFn = unsafe extern "C" fn(*mut c_void) -> *mut c_void;

const CLONE_VM: usize = 0x100;
const CLONE_FS: usize = 0x200;
const CLONE_FILES: usize = 0x400;
const CLONE_SIGHAND: usize = 0x800;
const CLONE_THREAD: usize = 0x10000;
const CLONE_SYSVSEM: usize = 0x40000;
const CLONE_SETTLS: usize = 0x80000;
const CLONE_PARENT_SETTID: usize = 0x100000;
const CLONE_CHILD_CLEARTID: usize = 0x200000;
const MAP_NORESERVE: c_int = 0x4000;
const MAP_STACK: c_int = 0x20000;
const PAGE: usize = 4096;

/// Maps `size` bytes for a thread with `guard` inaccessible bytes at the bottom.
fn map_stack(size: usize, guard: usize) -> Option<usize> {
    let flags = MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK;
    // SAFETY: a fresh private mapping; the guard pages lose all access.
    let base =
        unsafe { crate::sys::mem::mmap(0, size, PROT_READ | PROT_WRITE, flags, -1, 0) }.ok()?;
    // SAFETY: the guard lies at the bottom of the mapping made just above.
    if guard != 0 && unsafe { crate::sys::mem::mprotect(base, guard, PROT_NONE) }.is_err() {
        // SAFETY: unmapping what was just mapped.
        let _ = unsafe { crate::sys::mem::munmap(base, size) };
        return None;
    }
    Some(base)
}

/// `Thread::start_ctl` while the creator applies `PTHREAD_EXPLICIT_SCHED` scheduling.
const SCHED_PENDING: i32 = 1;
/// `Thread::start_ctl` when that failed: the new thread exits at once.
const SCHED_FAILED: i32 = 2;

/// Applies `a`'s policy and priority to the just-cloned, waiting thread `t`, then lets it
/// run; on failure waits until the kernel has removed it and returns the error number.
///
/// # Safety
/// `t` must be a thread created with `start_ctl == SCHED_PENDING`.
unsafe fn apply_sched(t: *mut Thread, a: &Attr) -> c_int {
    // SAFETY: CLONE_PARENT_SETTID stored the tid before clone returned; the kernel reads
    // one int (the priority) at `&a.prio`.
    let r = unsafe {
        let tid = (*t).tid;
        crate::sys::check(crate::sys::syscall3(
            crate::sys::nr::SYS_sched_setscheduler,
            tid as usize,
            a.policy as usize,
            &raw const a.prio as usize,
        ))
    };
    let err = match r {
        Ok(_) => 0,
        Err(e) => e.0,
    };
    // SAFETY: `t` stays mapped until we reclaim it below (on failure) or it exits.
    unsafe {
        let ctl = &(*t).start_ctl;
        ctl.store(if err == 0 { 0 } else { SCHED_FAILED }, Ordering::Release);
        crate::sys::futex::wake(ctl, 1);
        if err != 0 {
            // CLONE_CHILD_CLEARTID: the kernel zeroes tid and wakes us (a shared-futex wake)
            // once it is gone.
            let w = AtomicI32::from_ptr(&raw mut (*t).tid);
            loop {
                let tid = w.load(Ordering::Acquire);
                if tid == 0 {
                    break;
                }
                crate::sys::futex::wait_in(w, tid, true);
            }
        }
    }
    err
}

/// The new thread's first Rust frame: run the start routine, then exit with its value.
unsafe extern "C" fn start(arg: *mut u8) -> i32 {
    let t = arg as *mut Thread;
    // SAFETY: pthread_create filled in the descriptor before clone; it is ours now.
    unsafe {
        let ctl = &(*t).start_ctl;
        if ctl.load(Ordering::Acquire) != 0 {
            // PTHREAD_EXPLICIT_SCHED: the creator applies the scheduling first.
            while ctl.load(Ordering::Acquire) == SCHED_PENDING {
                crate::sys::futex::wait(ctl, SCHED_PENDING);
            }
            if ctl.load(Ordering::Acquire) == SCHED_FAILED {
                // The creator reports the error and reclaims the stack once the kernel
                // has cleared our tid.
                loop {
                    crate::sys::syscall1(crate::sys::nr::SYS_exit, 0);
                }
            }
        }
        let f: StartFn = core::mem::transmute((*t).start);
        let result = f((*t).start_arg as *mut c_void);
        super::pthread_exit::pthread_exit(result)
    }
}

/// `int pthread_create(pthread_t *restrict thread, const pthread_attr_t *restrict attr,
/// void *(*start)(void *), void *restrict arg);`
///
/// # Safety
/// `thread` must be writable; `attr` NULL or initialised; `func` a valid start routine.
///
/// # Errors
/// `EAGAIN` when the stack cannot be mapped or the kernel refuses the thread; `EINVAL`
/// for an attribute whose user stack is too small for the TLS area; with
/// `PTHREAD_EXPLICIT_SCHED`, the kernel's error for the policy and priority (`EPERM`,
/// `EINVAL`), after which no thread exists.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_create(
    thread: *mut *mut Thread,
    attr: *const Attr,
    func: StartFn,
    arg: *mut c_void,
) -> c_int {
    // SAFETY: the caller guarantees attr is NULL or initialised.
    let a = if attr.is_null() {
        Attr::defaults()
    } else {
        unsafe { *attr }
    };
    let area = crate::rt::tls::thread_area_size();
    let (map_base, map_size, top, guard) = if a.stack_addr != 0 {
        if a.stack_size < area + 1024 {
            return EINVAL;
        }
        (0, 0, a.stack_addr, 0)
    } else {
        let guard = (a.guard_size + PAGE - 1) & !(PAGE - 1);
        let size = (guard + a.stack_size + area + PAGE - 1) & !(PAGE - 1);
        let base = match super::stack_cache::take(size, guard) {
            Some(b) => b,
            None => match map_stack(size, guard) {
                Some(b) => b,
                None => return EAGAIN,
            },
        };
        (base, size, base + size, guard)
    };
    // SAFETY: [top - area, top) is ours (fresh mapping or the caller's stack).
    let (t, stack_top) = unsafe { crate::rt::tls::init_thread_area(top) };
    // SAFETY: t is the new, not yet running thread's descriptor.
    unsafe {
        (*t).start = func as usize;
        (*t).start_arg = arg as usize;
        (*t).map_base = map_base;
        (*t).map_size = map_size;
        (*t).guard_size = guard;
        (*t).stack_low = if map_base != 0 {
            map_base + guard
        } else {
            a.stack_addr - a.stack_size
        };
        (*t).stack_size = stack_top - (*t).stack_low;
        (*t).detach_state = AtomicI32::new(if a.detach != 0 { DETACHED } else { JOINABLE });
        (*t).start_ctl = AtomicI32::new(if a.sched != 0 { SCHED_PENDING } else { 0 });
    }
    crate::malloc::lock::enable_threads();
    state::OTHER_THREADS.fetch_add(1, Ordering::AcqRel);
    let flags = CLONE_VM
        | CLONE_FS
        | CLONE_FILES
        | CLONE_SIGHAND
        | CLONE_THREAD
        | CLONE_SYSVSEM
        | CLONE_SETTLS
        | CLONE_PARENT_SETTID
        | CLONE_CHILD_CLEARTID;
    // SAFETY: the stack and thread pointer were prepared above; tid lives in the
    // descriptor, which outlives the thread.
    let r = unsafe {
        let tid = &raw mut (*t).tid;
        crate::arch::clone::clone(start, stack_top, flags, t.cast(), tid, t as usize, tid)
    };
    let err = if r < 0 {
        EAGAIN
    } else if a.sched != 0 {
        // SAFETY: the thread waits on start_ctl, which it was created with.
        unsafe { apply_sched(t, &a) }
    } else {
        0
    };
    if err != 0 {
        state::OTHER_THREADS.fetch_sub(1, Ordering::AcqRel);
        if map_base != 0 {
            // SAFETY: the thread never started or has gone; the mapping is unused.
            unsafe { super::stack_cache::give(map_base, map_size, guard) };
        }
        return err;
    }
    // SAFETY: the caller guarantees `thread` is writable.
    unsafe { *thread = t };
    0
}

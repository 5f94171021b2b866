//! Cancellation: `pthread_cancel`, `pthread_setcancelstate`, `pthread_setcanceltype`,
//! `pthread_testcancel`, the cleanup stack (`_pthread_cleanup_push`/`_pop`), and the
//! cancellation-point syscall (musl: src/thread/pthread_cancel.c, pthread_cleanup_push.c).
//!
//! As in musl: `pthread_cancel` sets the target's flag and sends it SIGCANCEL (33). The
//! handler acts only if the thread is asynchronously cancellable or stopped between
//! `__rcc_cp_begin` and `__rcc_cp_end` (before a cancellation point's `syscall`); then it
//! redirects the thread to `cancel_now`. Otherwise the flag waits for the next
//! cancellation point, which checks it just before entering the kernel.
use crate::abi::errno::{EINTR, EINVAL};
use crate::abi::types::{c_int, c_void};
use crate::rt::thread::Thread;
use core::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// `PTHREAD_CANCELED`.
pub const CANCELED: *mut c_void = usize::MAX as *mut c_void;
const SIGCANCEL: c_int = 33;
const DISABLE: u8 = 1;
/// Cancellation acted on only as an error return (ECANCELED), used inside libc.
pub const MASKED: u8 = 2;

/// `struct __ptcb`: one `pthread_cleanup_push` frame, on the caller's stack.
#[repr(C)]
pub struct Cleanup {
    pub f: Option<unsafe extern "C" fn(*mut c_void)>,
    pub x: *mut c_void,
    pub next: *mut Cleanup,
}

/// `cancel_now`'s address once `pthread_cancel` has been called (0 before: then no
/// thread can have a cancellation pending). Read by the asm in arch/x86_64/syscall_cp.rs.
pub static CANCEL_HOOK: AtomicUsize = AtomicUsize::new(0);

/// Where a cancelled thread goes: with cancellation enabled (or asynchronous) it exits
/// with `PTHREAD_CANCELED`; in the internal MASKED state it disables cancellation and
/// returns `-ECANCELED` as the interrupted syscall's result, so libc can clean up first.
pub extern "C" fn cancel_now() -> isize {
    let t = crate::rt::thread::current();
    // SAFETY: the calling thread's own descriptor.
    unsafe {
        let masked = (*t).cancel_disable == MASKED && (*t).cancel_async == 0;
        (*t).cancel_disable = DISABLE;
        if masked {
            return -(crate::abi::errno::ECANCELED as isize);
        }
        (*t).cancel_async = 0;
    }
    super::pthread_exit::pthread_exit(CANCELED)
}

/// Waits on a futex word as a cancellation point (`-errno` like a raw syscall):
/// `abs` is an absolute deadline on CLOCK_REALTIME (`realtime`) or CLOCK_MONOTONIC.
pub fn futex_wait_cp(
    word: &core::sync::atomic::AtomicI32,
    val: i32,
    shared: bool,
    abs: Option<(&crate::sys::futex::Timespec, bool)>,
) -> isize {
    const WAIT_BITSET: usize = 9;
    const PRIVATE: usize = 128;
    const CLOCK_REALTIME: usize = 256;
    let mut op = WAIT_BITSET | if shared { 0 } else { PRIVATE };
    let ts = match abs {
        Some((t, realtime)) => {
            if realtime {
                op |= CLOCK_REALTIME;
            }
            t as *const crate::sys::futex::Timespec as usize
        }
        None => 0,
    };
    syscall_cp(
        crate::sys::nr::SYS_futex,
        word.as_ptr() as usize,
        op,
        val as usize,
        ts,
        0,
        !0u32 as usize,
    )
}

/// A syscall that is a cancellation point: `-errno` or the result, like `syscallN`.
pub fn syscall_cp(nr: usize, a: usize, b: usize, c: usize, d: usize, e: usize, f: usize) -> isize {
    let t = crate::rt::thread::current();
    // SAFETY: t is the caller's descriptor; the syscall's arguments are the caller's.
    unsafe {
        if (*t).cancel_disable == DISABLE || (*t).cancel_async != 0 {
            return crate::sys::syscall6(nr, a, b, c, d, e, f);
        }
        let r = crate::arch::syscall_cp::syscall_cp_asm((*t).cancel.as_ptr(), nr, a, b, c, d, e, f);
        if r == -(EINTR as isize)
            && nr != crate::sys::nr::SYS_close
            && (*t).cancel.load(Ordering::Relaxed) != 0
        {
            let hook = core::hint::black_box(CANCEL_HOOK.load(Ordering::Acquire));
            if hook != 0 {
                return core::mem::transmute::<usize, extern "C" fn() -> isize>(hook)();
            }
        }
        r
    }
}

/// SIGCANCEL's handler.
extern "C" fn on_sigcancel(_sig: c_int, _info: *mut c_void, ctx: *mut c_void) {
    let t = crate::rt::thread::current();
    // SAFETY: the kernel passes the interrupted context; t is this thread's descriptor.
    unsafe {
        if (*t).cancel.load(Ordering::Acquire) == 0 || (*t).cancel_disable == DISABLE {
            return;
        }
        let uc = ctx as *mut u8;
        // Keep SIGCANCEL blocked once the handler returns: it has done its work.
        *(uc.add(crate::arch::syscall_cp::UC_SIGMASK) as *mut u64) |= 1 << (SIGCANCEL - 1);
        if (*t).cancel_async != 0 {
            let mask = *(uc.add(crate::arch::syscall_cp::UC_SIGMASK) as *const u64);
            let _ =
                crate::sys::proc::sigprocmask(crate::abi::signal::SIG_SETMASK, Some(&mask), None);
            cancel_now();
        }
        let rip = uc.add(crate::arch::syscall_cp::UC_RIP) as *mut usize;
        let (begin, end, target) = crate::arch::syscall_cp::cp_bounds();
        if (begin..end).contains(&*rip) {
            *rip = target;
            return;
        }
        // Not at a cancellation point: leave the signal pending (blocked) for later.
        let _ = crate::sys::syscall2(
            crate::sys::nr::SYS_tkill,
            (*t).tid as usize,
            SIGCANCEL as usize,
        );
    }
}

static HANDLER_INSTALLED: AtomicBool = AtomicBool::new(false);

fn install_handler() {
    if HANDLER_INSTALLED.swap(true, Ordering::AcqRel) {
        return;
    }
    // Opaque, so the compiler cannot see that the hook only ever holds cancel_now and
    // inline the thread-exit path into every cancellation point.
    CANCEL_HOOK.store(
        core::hint::black_box(cancel_now as *const () as usize),
        Ordering::Release,
    );
    const SA_SIGINFO: u64 = 4;
    const SA_ONSTACK: u64 = 0x0800_0000;
    const SA_RESTART: u64 = 0x1000_0000;
    const SA_RESTORER: u64 = 0x0400_0000;
    let sa = crate::sys::proc::KSigaction {
        handler: on_sigcancel as *const () as usize,
        flags: SA_SIGINFO | SA_ONSTACK | SA_RESTART | SA_RESTORER,
        restorer: crate::arch::sigrestore::restore_rt as *const () as usize,
        mask: !0,
    };
    let _ = crate::sys::proc::sigaction(SIGCANCEL, Some(&sa), None);
}

/// `int pthread_cancel(pthread_t t);`
///
/// # Safety
/// `t` must be a live thread of this process.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_cancel(t: *mut Thread) -> c_int {
    install_handler();
    // SAFETY: the caller guarantees `t`.
    unsafe {
        (*t).cancel.store(1, Ordering::Release);
        if t == crate::rt::thread::current() {
            if (*t).cancel_disable == 0 && (*t).cancel_async != 0 {
                cancel_now();
            }
            return 0;
        }
        super::pthread_kill::pthread_kill(t, SIGCANCEL)
    }
}

/// `void pthread_testcancel(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_testcancel() {
    let t = crate::rt::thread::current();
    // SAFETY: the calling thread's own descriptor.
    unsafe {
        if (*t).cancel.load(Ordering::Acquire) != 0 && (*t).cancel_disable == 0 {
            cancel_now();
        }
    }
}

/// `int pthread_setcancelstate(int state, int *old);`
///
/// # Safety
/// `old` must be NULL or writable.
///
/// # Errors
/// `EINVAL` for a state other than ENABLE (0), DISABLE (1) or MASKED (2).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setcancelstate(state: c_int, old: *mut c_int) -> c_int {
    if !(0..=2).contains(&state) {
        return EINVAL;
    }
    let t = crate::rt::thread::current();
    // SAFETY: the calling thread's descriptor; old is NULL or writable.
    unsafe {
        if !old.is_null() {
            *old = (*t).cancel_disable as c_int;
        }
        (*t).cancel_disable = state as u8;
    }
    0
}

/// `int pthread_setcanceltype(int type, int *old);` — switching to asynchronous acts on
/// a pending cancellation at once.
///
/// # Safety
/// `old` must be NULL or writable.
///
/// # Errors
/// `EINVAL` unless DEFERRED (0) or ASYNCHRONOUS (1).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_setcanceltype(kind: c_int, old: *mut c_int) -> c_int {
    if !(0..=1).contains(&kind) {
        return EINVAL;
    }
    let t = crate::rt::thread::current();
    // SAFETY: the calling thread's descriptor; old is NULL or writable.
    unsafe {
        if !old.is_null() {
            *old = (*t).cancel_async as c_int;
        }
        (*t).cancel_async = kind as u8;
    }
    if kind != 0 {
        pthread_testcancel();
    }
    0
}

/// `void _pthread_cleanup_push(struct __ptcb *cb, void (*f)(void *), void *x);`
///
/// # Safety
/// `cb` must stay valid until the matching pop (it lives in the caller's frame).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn _pthread_cleanup_push(
    cb: *mut Cleanup,
    f: Option<unsafe extern "C" fn(*mut c_void)>,
    x: *mut c_void,
) {
    let t = crate::rt::thread::current();
    // SAFETY: cb is the caller's frame; t is this thread's descriptor.
    unsafe {
        (*cb).f = f;
        (*cb).x = x;
        (*cb).next = (*t).cleanup.cast();
        (*t).cleanup = cb.cast();
    }
}

/// `void _pthread_cleanup_pop(struct __ptcb *cb, int run);`
///
/// # Safety
/// `cb` must be the top of the cleanup stack.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn _pthread_cleanup_pop(cb: *mut Cleanup, run: c_int) {
    let t = crate::rt::thread::current();
    // SAFETY: cb is the frame pushed last by this thread.
    unsafe {
        (*t).cleanup = (*cb).next.cast();
        if run != 0
            && let Some(f) = (*cb).f
        {
            f((*cb).x);
        }
    }
}

/// Pops and runs every cleanup handler still pushed (thread exit).
///
/// # Safety
/// `t` must be the calling thread's descriptor.
pub unsafe fn run_cleanups(t: *mut Thread) {
    // SAFETY: the frames are in this thread's stack, still live during exit.
    unsafe {
        while !(*t).cleanup.is_null() {
            let cb = (*t).cleanup as *mut Cleanup;
            (*t).cleanup = (*cb).next.cast();
            if let Some(f) = (*cb).f {
                f((*cb).x);
            }
        }
    }
}

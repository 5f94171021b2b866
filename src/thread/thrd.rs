//! C11 `<threads.h>` threads: `thrd_create`, `thrd_join`, `thrd_exit`, `thrd_detach`,
//! `thrd_current`, `thrd_equal`, `thrd_sleep`, `thrd_yield` (C17 7.26.5; musl:
//! src/thread/thrd_*.c), on top of pthreads.
use super::pthread_create::{StartFn, pthread_create};
use crate::abi::errno::{EAGAIN, EINTR};
use crate::abi::types::{c_int, c_void};
use crate::rt::thread::Thread;
use crate::sys::futex::Timespec;

pub const THRD_SUCCESS: c_int = 0;
pub const THRD_BUSY: c_int = 1;
pub const THRD_ERROR: c_int = 2;
pub const THRD_NOMEM: c_int = 3;
pub const THRD_TIMEDOUT: c_int = 4;

/// `int thrd_create(thrd_t *thr, thrd_start_t func, void *arg);` — the `int`-returning
/// start routine is run as a pthread start routine: its result comes back in the low
/// 32 bits of the return register, which `thrd_join` reads as an `int` (as musl does).
///
/// # Safety
/// `thr` writable, `func` a valid start routine.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn thrd_create(
    thr: *mut *mut Thread,
    func: unsafe extern "C" fn(*mut c_void) -> c_int,
    arg: *mut c_void,
) -> c_int {
    // SAFETY: see above; the two function types share the SysV calling convention.
    let f: StartFn = unsafe { core::mem::transmute(func) };
    // SAFETY: forwarded contract.
    match unsafe { pthread_create(thr, core::ptr::null(), f, arg) } {
        0 => THRD_SUCCESS,
        EAGAIN => THRD_NOMEM,
        _ => THRD_ERROR,
    }
}

/// `int thrd_join(thrd_t t, int *res);`
///
/// # Safety
/// `t` joinable; `res` NULL or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn thrd_join(t: *mut Thread, res: *mut c_int) -> c_int {
    let mut v: *mut c_void = core::ptr::null_mut();
    // SAFETY: forwarded contract.
    if unsafe { super::pthread_join::pthread_join(t, &mut v) } != 0 {
        return THRD_ERROR;
    }
    if !res.is_null() {
        // SAFETY: the caller guarantees `res`.
        unsafe { *res = v as usize as c_int };
    }
    THRD_SUCCESS
}

/// `_Noreturn void thrd_exit(int res);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn thrd_exit(res: c_int) -> ! {
    super::pthread_exit::pthread_exit(res as isize as *mut c_void)
}

/// `int thrd_detach(thrd_t t);`
///
/// # Safety
/// `t` must be a joinable thread.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn thrd_detach(t: *mut Thread) -> c_int {
    // SAFETY: forwarded contract.
    if unsafe { super::pthread_detach::pthread_detach(t) } == 0 {
        THRD_SUCCESS
    } else {
        THRD_ERROR
    }
}

/// `thrd_t thrd_current(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn thrd_current() -> *mut Thread {
    crate::rt::thread::current()
}

/// `int thrd_equal(thrd_t a, thrd_t b);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn thrd_equal(a: *mut Thread, b: *mut Thread) -> c_int {
    (a == b) as c_int
}

/// `int thrd_sleep(const struct timespec *d, struct timespec *rem);` — 0, -1 if
/// interrupted by a signal (with `rem` set), other negative values on error.
///
/// # Safety
/// `d` valid; `rem` NULL or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn thrd_sleep(d: *const Timespec, rem: *mut Timespec) -> c_int {
    // SAFETY: the kernel reads d and writes rem, both guaranteed by the caller.
    let r =
        unsafe { crate::sys::syscall2(crate::sys::nr::SYS_nanosleep, d as usize, rem as usize) };
    match crate::sys::check(r) {
        Ok(_) => 0,
        Err(crate::sys::Errno(EINTR)) => -1,
        Err(_) => -2,
    }
}

/// `void thrd_yield(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn thrd_yield() {
    // SAFETY: sched_yield takes no arguments.
    unsafe { crate::sys::syscall0(crate::sys::nr::SYS_sched_yield) };
}

//! POSIX per-process timers: `timer_create`, `timer_delete`, `timer_settime`,
//! `timer_gettime`, `timer_getoverrun` (musl: src/time/timer_*.c). For `SIGEV_SIGNAL`,
//! `SIGEV_NONE` and `SIGEV_THREAD_ID` the `timer_t` is the kernel's timer id. For
//! `SIGEV_THREAD`, as in musl, a helper thread (made with the caller's attributes) takes
//! the kernel timer's signal, the internal SIGTIMER (32), directed at it alone, and calls
//! the notification function once per expiration; the `timer_t` then points at the
//! helper's state (top bit set, so it never looks like a kernel id).
use crate::abi::errno::EINVAL;
use crate::abi::signal::{SI_TIMER, SIGEV_NONE, SIGEV_SIGNAL, SIGEV_THREAD, SIGEV_THREAD_ID};
use crate::abi::signal::{sigevent, siginfo_t, sigval};
use crate::abi::time::itimerspec;
use crate::abi::types::{c_int, c_void, clockid_t, pid_t, timer_t};
use crate::errno::{c_ret, set_errno};
use crate::sys::nr::*;
use crate::sys::signal::{call1, call2, call3, call4};
use crate::thread::notify_thread;
use core::sync::atomic::{AtomicI32, AtomicUsize, Ordering};

/// The signal kernel timers send to a `SIGEV_THREAD` helper (libc keeps 32..=34).
const SIGTIMER: c_int = 32;
const THREAD_BIT: usize = 1 << 63;

type NotifyFn = unsafe extern "C" fn(sigval);

/// A `SIGEV_THREAD` timer, living on its helper thread's stack until `timer_delete`.
struct ThreadTimer {
    kernel_id: AtomicI32,
    tid: pid_t,
    deleted: AtomicI32,
}

/// What the helper copies from `timer_create`'s frame; it hands back its state.
struct Start {
    func: NotifyFn,
    value: sigval,
    state: AtomicUsize,
    ready: AtomicI32,
}

unsafe extern "C" fn helper(arg: *mut c_void) -> *mut c_void {
    let set = 1u64 << (SIGTIMER - 1);
    let _ = crate::sys::proc::sigprocmask(crate::abi::signal::SIG_BLOCK, Some(&set), None);
    let me = ThreadTimer {
        kernel_id: AtomicI32::new(-1),
        tid: crate::sys::proc::gettid(),
        deleted: AtomicI32::new(0),
    };
    // SAFETY: `arg` is the spawner's `Start`, valid until we call `started`.
    let (func, value) = unsafe {
        let s = &*(arg as *const Start);
        s.state.store(&raw const me as usize, Ordering::Relaxed);
        let v = (s.func, core::ptr::read(&s.value));
        notify_thread::started(&s.ready);
        v
    };
    loop {
        // SAFETY: all-zero is a valid siginfo_t; the kernel fills it in.
        let mut si: siginfo_t = unsafe { core::mem::zeroed() };
        // SAFETY: `si` is a writable 128-byte siginfo_t; no timeout.
        let r = unsafe { crate::sys::signal::sigtimedwait(&set, &raw mut si as usize, 0) };
        if r != Ok(SIGTIMER) {
            continue;
        }
        if si.si_code == SI_TIMER {
            // SAFETY: the function the caller registered, with its value.
            unsafe { func(core::ptr::read(&value)) };
        } else if me.deleted.load(Ordering::Acquire) != 0 {
            return core::ptr::null_mut();
        }
    }
}

/// The kernel's id for `timerid`.
fn kernel_id(timerid: timer_t) -> usize {
    let t = timerid as usize;
    if t & THREAD_BIT == 0 {
        return t;
    }
    // SAFETY: a SIGEV_THREAD timer_t points at its live helper's state.
    unsafe {
        (*((t & !THREAD_BIT) as *const ThreadTimer))
            .kernel_id
            .load(Ordering::Acquire) as usize
    }
}

/// Makes a kernel timer for `ev`; returns its id.
///
/// # Safety
/// `ev` null or a valid sigevent.
unsafe fn create_kernel(clk: clockid_t, ev: *const sigevent) -> Result<c_int, crate::sys::Errno> {
    let mut id: c_int = 0;
    // SAFETY: the sigevent has the kernel's layout; `id` is writable.
    unsafe {
        call3(
            SYS_timer_create,
            clk as usize,
            ev as usize,
            &raw mut id as usize,
        )
    }
    .map(|_| id)
}

/// `SIGEV_THREAD`: a helper thread and a kernel timer that signals only it.
///
/// # Safety
/// `ev` valid, with a valid function and attributes.
unsafe fn create_thread_timer(clk: clockid_t, ev: &sigevent) -> Result<timer_t, c_int> {
    if ev.__sev_fields[0] == 0 {
        return Err(EINVAL);
    }
    let start = Start {
        // SAFETY: a non-null function pointer from the caller.
        func: unsafe { core::mem::transmute::<u64, NotifyFn>(ev.__sev_fields[0]) },
        // SAFETY: copying the caller's union bit for bit.
        value: unsafe { core::ptr::read(&ev.sigev_value) },
        state: AtomicUsize::new(0),
        ready: AtomicI32::new(0),
    };
    let attr = ev.__sev_fields[1] as *const crate::thread::pthread_attr::Attr;
    // SAFETY: `attr` is null or the caller's attributes; `helper` calls `started`.
    unsafe { notify_thread::spawn(attr, helper, &raw const start as *mut c_void, &start.ready) }?;
    let state = start.state.load(Ordering::Relaxed) as *const ThreadTimer;
    // SAFETY: the helper's state lives until we tell it to end.
    let st = unsafe { &*state };
    // SAFETY: all-zero is a valid sigevent.
    let mut k: sigevent = unsafe { core::mem::zeroed() };
    k.sigev_notify = SIGEV_THREAD_ID;
    k.sigev_signo = SIGTIMER;
    k.sigev_value = sigval {
        sival_ptr: state as *mut c_void,
    };
    k.__sev_fields[0] = st.tid as u32 as u64;
    // SAFETY: `k` is a valid sigevent.
    match unsafe { create_kernel(clk, &k) } {
        Ok(id) => {
            st.kernel_id.store(id, Ordering::Release);
            Ok((state as usize | THREAD_BIT) as timer_t)
        }
        Err(e) => {
            stop_helper(st);
            Err(e.0)
        }
    }
}

/// Tells a helper thread to end (its kernel timer is gone or was never made).
fn stop_helper(st: &ThreadTimer) {
    let tid = st.tid;
    st.deleted.store(1, Ordering::Release);
    // The helper may be gone as soon as it sees the flag: `st` is not touched again.
    let _ = crate::sys::proc::tgkill(crate::sys::proc::getpid(), tid, SIGTIMER);
}

/// `int timer_create(clockid_t clockid, struct sigevent *restrict evp, timer_t *restrict timerid);`
///
/// # Safety
/// `evp` null or valid; `timerid` writable.
///
/// # Errors
/// `EINVAL` (bad clock or notification), `EAGAIN` (no room for a timer or its thread).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn timer_create(
    clk: clockid_t,
    evp: *mut sigevent,
    timerid: *mut timer_t,
) -> c_int {
    // SAFETY: the caller guarantees `evp` is null or valid.
    let ev = unsafe { evp.as_ref() };
    if let Some(ev) = ev
        && ev.sigev_notify == SIGEV_THREAD
    {
        // SAFETY: the caller guarantees the sigevent's function and attributes.
        return match unsafe { create_thread_timer(clk, ev) } {
            Ok(t) => {
                // SAFETY: the caller guarantees `timerid`.
                unsafe { *timerid = t };
                0
            }
            Err(e) => {
                set_errno(e);
                -1
            }
        };
    }
    if let Some(ev) = ev
        && !matches!(ev.sigev_notify, SIGEV_SIGNAL | SIGEV_NONE | SIGEV_THREAD_ID)
    {
        set_errno(EINVAL);
        return -1;
    }
    // SAFETY: the user's sigevent has the kernel's layout.
    c_ret(
        unsafe { create_kernel(clk, evp) }.map(|id| {
            // SAFETY: the caller guarantees `timerid`.
            unsafe { *timerid = id as isize as *mut c_void };
            0
        }),
        -1,
    )
}

/// `int timer_delete(timer_t timerid);`
///
/// # Errors
/// `EINVAL` for an unknown timer.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn timer_delete(timerid: timer_t) -> c_int {
    // SAFETY: no memory is passed.
    let r = unsafe { call1(SYS_timer_delete, kernel_id(timerid)) };
    if r.is_ok() && timerid as usize & THREAD_BIT != 0 {
        // SAFETY: a SIGEV_THREAD timer_t points at its live helper's state.
        stop_helper(unsafe { &*((timerid as usize & !THREAD_BIT) as *const ThreadTimer) });
    }
    c_ret(r.map(|_| 0), -1)
}

/// `int timer_settime(timer_t timerid, int flags, const struct itimerspec *restrict value,
/// struct itimerspec *restrict ovalue);`
///
/// # Safety
/// `value` valid; `ovalue` null or writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn timer_settime(
    timerid: timer_t,
    flags: c_int,
    value: *const itimerspec,
    ovalue: *mut itimerspec,
) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    let r = unsafe {
        call4(
            SYS_timer_settime,
            kernel_id(timerid),
            flags as usize,
            value as usize,
            ovalue as usize,
        )
    };
    c_ret(r.map(|_| 0), -1)
}

/// `int timer_gettime(timer_t timerid, struct itimerspec *value);`
///
/// # Safety
/// `value` writable.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn timer_gettime(timerid: timer_t, value: *mut itimerspec) -> c_int {
    // SAFETY: the caller guarantees `value`.
    c_ret(
        unsafe { call2(SYS_timer_gettime, kernel_id(timerid), value as usize) }.map(|_| 0),
        -1,
    )
}

/// `int timer_getoverrun(timer_t timerid);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn timer_getoverrun(timerid: timer_t) -> c_int {
    // SAFETY: no memory is passed.
    c_ret(
        unsafe { call1(SYS_timer_getoverrun, kernel_id(timerid)) }.map(|n| n as c_int),
        -1,
    )
}

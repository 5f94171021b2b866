//! Unnamed semaphores: `sem_init`, `sem_destroy`, `sem_wait`, `sem_trywait`,
//! `sem_timedwait`, `sem_clockwait`, `sem_post`, `sem_getvalue` (POSIX; musl:
//! src/thread/sem_*.c).
use crate::abi::errno::{EAGAIN, EINVAL, EOVERFLOW, ETIMEDOUT};
use crate::abi::types::{c_int, c_uint};
use crate::errno::set_errno;
use crate::sys::futex::{self, Timespec};
use core::sync::atomic::{AtomicI32, Ordering};

/// `sem_t`: 32 bytes.
#[repr(C)]
pub struct Sem {
    value: AtomicI32,
    waiters: AtomicI32,
    shared: c_int,
    _pad: [c_int; 5],
}

const _: () = assert!(core::mem::size_of::<Sem>() == 32);

impl Sem {
    /// An initialised semaphore, as `sem_init(s, pshared, value)` leaves it.
    pub const fn new(value: i32, pshared: bool) -> Sem {
        Sem {
            value: AtomicI32::new(value),
            waiters: AtomicI32::new(0),
            shared: pshared as c_int,
            _pad: [0; 5],
        }
    }
}
/// `SEM_VALUE_MAX`.
pub const VALUE_MAX: c_int = i32::MAX;

/// `int sem_init(sem_t *s, int pshared, unsigned value);`
///
/// # Safety
/// `s` must be writable.
///
/// # Errors
/// `EINVAL` when `value` exceeds `SEM_VALUE_MAX`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sem_init(s: *mut Sem, pshared: c_int, value: c_uint) -> c_int {
    if value > VALUE_MAX as c_uint {
        set_errno(EINVAL);
        return -1;
    }
    // SAFETY: the caller guarantees `s`.
    unsafe {
        core::ptr::write_bytes(s, 0, 1);
        (*s).value = AtomicI32::new(value as i32);
        (*s).shared = (pshared != 0) as c_int;
    }
    0
}

/// `int sem_destroy(sem_t *s);`
///
/// # Safety
/// `s` must be initialised with no waiters.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sem_destroy(_s: *mut Sem) -> c_int {
    0
}

fn try_take(s: &Sem) -> bool {
    let mut v = s.value.load(Ordering::Relaxed);
    while v > 0 {
        match s
            .value
            .compare_exchange_weak(v, v - 1, Ordering::Acquire, Ordering::Relaxed)
        {
            Ok(_) => return true,
            Err(now) => v = now,
        }
    }
    false
}

unsafe fn wait(s: *mut Sem, abs: Option<(&Timespec, bool)>) -> c_int {
    // SAFETY: the caller guarantees `s`.
    let s = unsafe { &*s };
    if let Some((t, _)) = abs
        && !(0..1_000_000_000).contains(&t.nsec)
    {
        set_errno(EINVAL);
        return -1;
    }
    let shared = s.shared != 0;
    loop {
        if try_take(s) {
            return 0;
        }
        s.waiters.fetch_add(1, Ordering::AcqRel);
        let cs = super::pthread_cond::masked_state();
        let r = super::pthread_cancel::futex_wait_cp(&s.value, 0, shared, abs);
        s.waiters.fetch_sub(1, Ordering::AcqRel);
        super::pthread_cond::restore_state(cs, r == -(crate::abi::errno::ECANCELED as isize));
        if r == -(ETIMEDOUT as isize) && !try_take(s) {
            set_errno(ETIMEDOUT);
            return -1;
        }
        if r == -(ETIMEDOUT as isize) {
            return 0;
        }
        if r == -(crate::abi::errno::EINTR as isize) {
            set_errno(crate::abi::errno::EINTR);
            return -1;
        }
    }
}

/// `int sem_wait(sem_t *s);`
///
/// # Safety
/// `s` must be initialised.
///
/// # Errors
/// `EINTR` when a signal handler interrupts the wait.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sem_wait(s: *mut Sem) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wait(s, None) }
}

/// `int sem_timedwait(sem_t *s, const struct timespec *abs);` — CLOCK_REALTIME.
///
/// # Safety
/// `s` initialised, `abs` valid.
///
/// # Errors
/// `ETIMEDOUT`, `EINVAL` for a bad `tv_nsec`, `EINTR`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sem_timedwait(s: *mut Sem, abs: *const Timespec) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { wait(s, Some((&*abs, true))) }
}

/// `int sem_clockwait(sem_t *s, clockid_t clock, const struct timespec *abs);`
///
/// # Safety
/// As [`sem_timedwait`].
///
/// # Errors
/// `EINVAL` for a clock other than CLOCK_REALTIME or CLOCK_MONOTONIC.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sem_clockwait(s: *mut Sem, clock: c_int, abs: *const Timespec) -> c_int {
    if clock != 0 && clock != 1 {
        set_errno(EINVAL);
        return -1;
    }
    // SAFETY: forwarded contract.
    unsafe { wait(s, Some((&*abs, clock == 0))) }
}

/// `int sem_trywait(sem_t *s);`
///
/// # Safety
/// `s` must be initialised.
///
/// # Errors
/// `EAGAIN` when the value is 0.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sem_trywait(s: *mut Sem) -> c_int {
    // SAFETY: the caller guarantees `s`.
    if try_take(unsafe { &*s }) {
        return 0;
    }
    set_errno(EAGAIN);
    -1
}

/// `int sem_post(sem_t *s);`
///
/// # Safety
/// `s` must be initialised.
///
/// # Errors
/// `EOVERFLOW` when the value would exceed `SEM_VALUE_MAX`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sem_post(s: *mut Sem) -> c_int {
    // SAFETY: the caller guarantees `s`.
    let s = unsafe { &*s };
    let mut v = s.value.load(Ordering::Relaxed);
    loop {
        if v == VALUE_MAX {
            set_errno(EOVERFLOW);
            return -1;
        }
        match s
            .value
            .compare_exchange_weak(v, v + 1, Ordering::Release, Ordering::Relaxed)
        {
            Ok(_) => break,
            Err(now) => v = now,
        }
    }
    if s.waiters.load(Ordering::Acquire) > 0 {
        futex::wake_in(&s.value, 1, s.shared != 0);
    }
    0
}

/// `int sem_getvalue(sem_t *restrict s, int *restrict value);`
///
/// # Safety
/// Both pointers must be valid.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn sem_getvalue(s: *mut Sem, value: *mut c_int) -> c_int {
    // SAFETY: the caller guarantees both pointers.
    unsafe { *value = (*s).value.load(Ordering::Relaxed) };
    0
}

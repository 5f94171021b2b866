//! Thread-specific data: `pthread_key_create`, `pthread_key_delete`, `pthread_getspecific`,
//! `pthread_setspecific`, and the destructor pass at thread exit (POSIX; musl:
//! src/thread/pthread_key_create.c, pthread_getspecific.c, pthread_setspecific.c).
use super::state::{DESTRUCTOR_ITERATIONS, KEYS_MAX, Lock};
use crate::abi::errno::{EAGAIN, EINVAL};
use crate::abi::types::{c_int, c_uint, c_void};
use crate::rt::thread::Thread;
use core::sync::atomic::{AtomicUsize, Ordering};

type Destructor = unsafe extern "C" fn(*mut c_void);

/// Per key: 0 = free, 1 = in use without destructor, else the destructor's address.
static KEYS: [AtomicUsize; KEYS_MAX] = [const { AtomicUsize::new(0) }; KEYS_MAX];
pub(crate) static KEY_LOCK: Lock = Lock::new();
const NO_DESTRUCTOR: usize = 1;

/// `int pthread_key_create(pthread_key_t *key, void (*destructor)(void *));`
///
/// # Safety
/// `key` must be writable.
///
/// # Errors
/// `EAGAIN` when all `PTHREAD_KEYS_MAX` keys are in use.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_key_create(key: *mut c_uint, dtor: Option<Destructor>) -> c_int {
    let v = dtor.map_or(NO_DESTRUCTOR, |f| f as usize);
    KEY_LOCK.lock();
    let found = KEYS.iter().position(|k| k.load(Ordering::Relaxed) == 0);
    if let Some(i) = found {
        KEYS[i].store(v, Ordering::Release);
        // SAFETY: the caller guarantees `key`.
        unsafe { *key = i as c_uint };
    }
    KEY_LOCK.unlock();
    if found.is_some() { 0 } else { EAGAIN }
}

/// `int pthread_key_delete(pthread_key_t key);` — the key's values in other threads
/// are the application's to free (POSIX); the calling thread's slot is cleared so a key
/// created later starts out NULL here.
///
/// # Errors
/// `EINVAL` for a key that is not in use.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_key_delete(key: c_uint) -> c_int {
    let Some(k) = KEYS.get(key as usize) else {
        return EINVAL;
    };
    KEY_LOCK.lock();
    let was = k.swap(0, Ordering::AcqRel);
    KEY_LOCK.unlock();
    if was == 0 {
        return EINVAL;
    }
    // SAFETY: the calling thread's TSD array has KEYS_MAX slots.
    unsafe { *Thread::tsd(crate::rt::thread::current()).add(key as usize) = core::ptr::null_mut() };
    0
}

/// `void *pthread_getspecific(pthread_key_t key);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_getspecific(key: c_uint) -> *mut c_void {
    if key as usize >= KEYS_MAX {
        return core::ptr::null_mut();
    }
    // One load: every thread's TSD array lies `TSD_OFFSET` bytes past its descriptor,
    // which `%fs` addresses (musl reads the descriptor, then its `tsd` pointer, then the
    // slot).
    // SAFETY: `key < KEYS_MAX`, checked above; every thread rcc runs has its descriptor.
    unsafe { crate::arch::tp::tsd_slot(key as usize) as *mut c_void }
}

/// `int pthread_setspecific(pthread_key_t key, const void *value);`
///
/// # Errors
/// `EINVAL` for a key out of range.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_setspecific(key: c_uint, value: *const c_void) -> c_int {
    if key as usize >= KEYS_MAX {
        return EINVAL;
    }
    let t = crate::rt::thread::current();
    // SAFETY: the calling thread's TSD array has KEYS_MAX slots.
    unsafe {
        *Thread::tsd(t).add(key as usize) = value as *mut c_void;
        (*t).tsd_used = true;
    }
    0
}

/// Calls destructors for the exiting thread's non-NULL values, up to
/// `PTHREAD_DESTRUCTOR_ITERATIONS` rounds while destructors set new values.
///
/// # Safety
/// `t` must be the calling thread's descriptor.
pub unsafe fn run_destructors(t: *mut Thread) {
    // SAFETY: t is the caller's own descriptor with KEYS_MAX TSD slots.
    unsafe {
        let mut round = 0;
        while (*t).tsd_used && round < DESTRUCTOR_ITERATIONS {
            (*t).tsd_used = false;
            for (i, k) in KEYS.iter().enumerate() {
                let slot = Thread::tsd(t).add(i);
                let d = k.load(Ordering::Acquire);
                let v = *slot;
                if v.is_null() || d <= NO_DESTRUCTOR {
                    continue;
                }
                *slot = core::ptr::null_mut();
                core::mem::transmute::<usize, Destructor>(d)(v);
            }
            round += 1;
        }
    }
}

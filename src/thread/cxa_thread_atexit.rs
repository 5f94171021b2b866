//! `__cxa_thread_atexit_impl` (glibc: stdlib/cxa_thread_atexit_impl.c; musl lacks it):
//! the hook libstdc++ uses for C++ `thread_local` destructors. Each thread keeps its own
//! list; it runs newest first when the thread ends (`pthread_exit` or returning from the
//! start routine, before thread-specific data destructors) or, for the thread that calls
//! `exit`, before the `atexit` handlers, as glibc's `__call_tls_dtors` does.
use crate::abi::types::{c_int, c_void};
use crate::rt::thread::Thread;
use core::sync::atomic::{AtomicPtr, Ordering};

/// [`run`], published by the first registration: `exit` and `pthread_exit` call it through
/// this pointer so that programs that never register keep malloc out of a static link.
static RUN: AtomicPtr<()> = AtomicPtr::new(core::ptr::null_mut());

/// Runs the calling thread's destructors if any thread ever registered one.
///
/// # Safety
/// `t` must be the calling thread's descriptor.
pub(crate) unsafe fn run_if_used(t: *mut Thread) {
    let f = RUN.load(Ordering::Acquire);
    if !f.is_null() {
        // SAFETY: only `run`'s address is ever stored in RUN.
        unsafe {
            let run: unsafe fn(*mut Thread) = core::mem::transmute(f);
            run(t)
        }
    }
}

type Dtor = unsafe extern "C" fn(*mut c_void);

/// One registered destructor, linked newest first from `Thread::tls_dtors`.
struct Entry {
    f: Dtor,
    obj: *mut c_void,
    older: *mut Entry,
}

/// `int __cxa_thread_atexit_impl(void (*dtor)(void *), void *obj, void *dso_symbol);` —
/// `dtor(obj)` runs when the calling thread exits. `dso_symbol` names the registering
/// object; rcc does not unload objects while destructors are pending, so it is unused.
///
/// # Safety
/// `dtor` must be callable with `obj` until the thread ends.
///
/// # Errors
/// Returns -1 when no memory is left for the entry.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __cxa_thread_atexit_impl(
    dtor: Dtor,
    obj: *mut c_void,
    _dso_symbol: *mut c_void,
) -> c_int {
    let t = crate::rt::thread::current();
    // SAFETY: a fresh allocation of the right size, written before being linked into the
    // calling thread's own list.
    unsafe {
        let e = crate::malloc::libc::malloc(core::mem::size_of::<Entry>()) as *mut Entry;
        if e.is_null() {
            return -1;
        }
        e.write(Entry {
            f: dtor,
            obj,
            older: (*t).tls_dtors as *mut Entry,
        });
        (*t).tls_dtors = e.cast();
    }
    // black_box: otherwise LLVM sees RUN only ever holding `run` and calls it directly,
    // which links malloc into every static program.
    let f = core::hint::black_box(run as unsafe fn(*mut Thread) as *mut ());
    RUN.store(f, Ordering::Release);
    0
}

/// Runs and frees `t`'s destructors, newest first, including any a destructor registers.
///
/// # Safety
/// `t` must be the calling thread's descriptor.
unsafe fn run(t: *mut Thread) {
    // SAFETY: the list belongs to the calling thread; each entry is unlinked before its
    // destructor runs, so one registered meanwhile is found on the next turn.
    unsafe {
        loop {
            let e = (*t).tls_dtors as *mut Entry;
            if e.is_null() {
                return;
            }
            (*t).tls_dtors = (*e).older.cast();
            let Entry { f, obj, .. } = e.read();
            crate::malloc::libc::free(e.cast());
            f(obj);
        }
    }
}

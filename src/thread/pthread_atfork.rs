//! `pthread_atfork` (POSIX pthread_atfork(); musl: src/thread/pthread_atfork.c): handler
//! triples in a list; prepare runs newest first, parent and child oldest first.
use crate::abi::errno::ENOMEM;
use crate::abi::types::c_int;
use crate::thread::state::Lock;

type Handler = Option<unsafe extern "C" fn()>;

struct Entry {
    prepare: Handler,
    parent: Handler,
    child: Handler,
    /// The entry registered before this one.
    older: *mut Entry,
    /// The entry registered after this one.
    newer: *mut Entry,
}

/// The newest entry (null when none).
static mut NEWEST: *mut Entry = core::ptr::null_mut();
static LOCK: Lock = Lock::new();

/// Which handlers [`run_handlers`] calls.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Prepare,
    Parent,
    Child,
}

/// Runs the handlers of `phase`. `Prepare` takes the list lock (even with no handlers,
/// so a registration racing the fork cannot unbalance it), which the `Parent` and `Child`
/// calls after the fork release (the child's copy is held by the same thread).
pub fn run_handlers(phase: Phase) {
    if phase == Phase::Prepare {
        LOCK.lock();
    }
    // SAFETY: entries are never freed and are only linked in under LOCK, held here.
    unsafe {
        let newest = NEWEST;
        if phase == Phase::Prepare {
            let mut e = newest;
            while !e.is_null() {
                if let Some(f) = (*e).prepare {
                    f();
                }
                e = (*e).older;
            }
            return;
        }
        let mut e = newest;
        while !e.is_null() && !(*e).older.is_null() {
            e = (*e).older;
        }
        while !e.is_null() {
            let f = if phase == Phase::Parent {
                (*e).parent
            } else {
                (*e).child
            };
            if let Some(f) = f {
                f();
            }
            e = (*e).newer;
        }
    }
    LOCK.unlock();
}

/// `int pthread_atfork(void (*prepare)(void), void (*parent)(void), void (*child)(void));`
///
/// # Safety
/// Each handler is null or a function safe to call around `fork`.
///
/// # Errors
/// Returns `ENOMEM` when no memory is left for the entry.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn pthread_atfork(
    prepare: Handler,
    parent: Handler,
    child: Handler,
) -> c_int {
    // SAFETY: a fresh allocation of the right size, written before being linked in.
    unsafe {
        let e = crate::malloc::libc::malloc(core::mem::size_of::<Entry>()) as *mut Entry;
        if e.is_null() {
            return ENOMEM;
        }
        LOCK.lock();
        e.write(Entry {
            prepare,
            parent,
            child,
            older: NEWEST,
            newer: core::ptr::null_mut(),
        });
        if !NEWEST.is_null() {
            (*NEWEST).newer = e;
        }
        NEWEST = e;
        LOCK.unlock();
    }
    0
}

//! `flockfile`, `ftrylockfile`, `funlockfile`: recursive, owned by the thread id
//! (POSIX flockfile(); musl: src/stdio/flockfile.c, ftrylockfile.c, funlockfile.c).
use super::file::{File, acquire, owned_by_self, try_acquire, unlock};
use crate::abi::types::{c_int, c_long};

fn tid() -> c_int {
    // SAFETY: the thread pointer always addresses this thread's live descriptor.
    unsafe { (*crate::rt::thread::current()).tid }
}

/// `int ftrylockfile(FILE *f);`
///
/// Takes `f` for this thread (again, if it already owns it) without waiting; 0 on
/// success, non-zero if another thread owns it.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ftrylockfile(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`; `lockcount` is only touched by the owner.
    unsafe {
        if owned_by_self(&*f) {
            if (*f).lockcount == c_long::MAX {
                return -1;
            }
            (*f).lockcount += 1;
            return 0;
        }
        if !try_acquire(&(*f).lock, tid()) {
            return -1;
        }
        (*f).lockcount = 1;
    }
    0
}

/// `void flockfile(FILE *f);`
///
/// Waits until this thread owns `f`; calls nest.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn flockfile(f: *mut File) {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        if ftrylockfile(f) == 0 {
            return;
        }
        acquire(&(*f).lock, tid());
        (*f).lockcount = 1;
    }
}

/// `void funlockfile(FILE *f);`
///
/// Undoes one `flockfile`/successful `ftrylockfile`; the last one releases `f`.
///
/// # Safety
/// `f` must be a live stream this thread owns.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn funlockfile(f: *mut File) {
    // SAFETY: the caller owns `f`.
    unsafe {
        if (*f).lockcount <= 1 {
            (*f).lockcount = 0;
            unlock(f);
        } else {
            (*f).lockcount -= 1;
        }
    }
}

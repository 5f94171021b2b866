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

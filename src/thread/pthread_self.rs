//! `pthread_self`, `pthread_equal` (POSIX; musl: src/thread/pthread_self.c, pthread_equal.c).
use crate::abi::types::c_int;
use crate::rt::thread::Thread;

/// `pthread_t pthread_self(void);` — the calling thread's descriptor.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_self() -> *mut Thread {
    crate::rt::thread::current()
}

/// `int pthread_equal(pthread_t a, pthread_t b);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn pthread_equal(a: *mut Thread, b: *mut Thread) -> c_int {
    (a == b) as c_int
}

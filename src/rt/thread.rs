//! The thread descriptor, reached through the thread pointer (musl: src/internal/pthread_impl.h).
use crate::abi::types::{c_int, pid_t};

/// Per-thread libc state. `%fs` points at it; static TLS lies just below it.
#[repr(C)]
pub struct Thread {
    /// ABI: the x86_64 TLS ABI requires `%fs:0` to hold the thread pointer itself.
    pub self_ptr: *mut Thread,
    /// ABI: the dynamic thread vector; `__tls_get_addr` and TLSDESC read it (offset 8).
    pub dtv: *mut usize,
    pub prev: *mut Thread,
    pub next: *mut Thread,
    pub sysinfo: usize,
    /// ABI: compilers read the stack-protector canary at `%fs:0x28`.
    pub canary: usize,
    /// ABI: glibc-built code reads the pointer guard at `%fs:0x30`.
    pub pointer_guard: usize,
    pub tid: pid_t,
    pub errno_val: c_int,
}

const _: () = assert!(core::mem::offset_of!(Thread, dtv) == 8);
const _: () = assert!(core::mem::offset_of!(Thread, canary) == 0x28);
const _: () = assert!(core::mem::offset_of!(Thread, pointer_guard) == 0x30);

/// The calling thread's descriptor.
#[inline(always)]
pub fn current() -> *mut Thread {
    crate::arch::tp::thread_pointer() as *mut Thread
}

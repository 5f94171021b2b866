//! The thread descriptor, reached through the thread pointer (musl: src/internal/pthread_impl.h).
use crate::abi::types::{c_int, c_void, pid_t};
use core::sync::atomic::AtomicI32;

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
    /// The kernel clears this (and wakes its futex) when the thread exits: `pthread_join`
    /// waits on it (CLONE_CHILD_CLEARTID).
    pub tid: pid_t,
    pub errno_val: c_int,
    /// Join/detach state machine (`crate::thread::state`).
    pub detach_state: AtomicI32,
    /// The start routine's return value or `pthread_exit`'s argument.
    pub result: *mut c_void,
    pub start: usize,
    pub start_arg: usize,
    /// The mapping that holds this thread's stack, TLS and descriptor (0: not ours to free).
    pub map_base: usize,
    pub map_size: usize,
    /// Lowest usable stack address and the usable size (for pthread_getattr_np).
    pub stack_low: usize,
    pub stack_size: usize,
    pub guard_size: usize,
    /// Whether any thread-specific value was set (skip destructor scans otherwise).
    pub tsd_used: bool,
    /// This thread's allocator heap (`crate::malloc::heap::Heap`), null until it first
    /// allocates; `crate::malloc::heap::thread_exit` hands it back.
    pub malloc_heap: *mut c_void,
    /// Set by `pthread_cancel`; read by the cancellation-point syscall entry (asm).
    pub cancel: AtomicI32,
    /// `PTHREAD_CANCEL_ENABLE` (0), `_DISABLE` (1) or the internal `_MASKED` (2).
    pub cancel_disable: u8,
    /// Asynchronous cancellation type selected.
    pub cancel_async: u8,
    /// Top of the `pthread_cleanup_push` stack (`crate::thread::pthread_cancel::Cleanup`).
    pub cleanup: *mut c_void,
    /// The locale set by `uselocale` (`crate::locale::locale_map::Locale`); null: the global one.
    pub locale: *mut c_void,
    /// The kernel's `struct robust_list_head` (`crate::thread::robust`): the first held
    /// robust mutex (its `next` field; the list is circular through this field), the
    /// offset from an entry to its lock word, and the entry being locked or unlocked.
    /// ABI: the kernel reads these three words when the thread dies (`set_robust_list`).
    pub robust_head: usize,
    pub robust_off: isize,
    pub robust_pending: usize,
    /// The tid that registered the list with the kernel (0: never; differs after `fork`).
    pub robust_tid: pid_t,
    /// `PTHREAD_EXPLICIT_SCHED` start handshake (`crate::thread::pthread_create`): 0 run,
    /// 1 wait for the creator, 2 give up (the scheduling could not be applied).
    pub start_ctl: AtomicI32,
    /// Newest `__cxa_thread_atexit_impl` destructor (`crate::thread::cxa_thread_atexit`).
    pub tls_dtors: *mut c_void,
}

const _: () = assert!(core::mem::offset_of!(Thread, dtv) == 8);
const _: () = assert!(core::mem::offset_of!(Thread, canary) == 0x28);
const _: () = assert!(core::mem::offset_of!(Thread, pointer_guard) == 0x30);

impl Thread {
    /// A descriptor with every field zero (all fields are integers or raw pointers).
    #[allow(clippy::declare_interior_mutable_const)] // only ever copied into fresh memory
    pub const ZERO: Thread = {
        // SAFETY: every field is an integer, an atomic integer, a bool or a raw pointer, for
        // which the all-zero bit pattern is valid.
        unsafe { core::mem::zeroed() }
    };

    /// The `PTHREAD_KEYS_MAX` thread-specific values of thread `t`, which every thread
    /// keeps right after its descriptor (`rt::tls::TSD_OFFSET`).
    #[inline(always)]
    pub fn tsd(t: *mut Thread) -> *mut *mut c_void {
        (t as usize + super::tls::TSD_OFFSET) as *mut *mut c_void
    }
}

/// The calling thread's descriptor.
#[inline(always)]
pub fn current() -> *mut Thread {
    crate::arch::tp::thread_pointer() as *mut Thread
}

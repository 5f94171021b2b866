//! `<pthread.h>` constants (musl: include/pthread.h).
#![allow(non_upper_case_globals, non_camel_case_types)]
use super::types::c_int;

abi_consts! { CONSTS, "pthread.h";
    pub const PTHREAD_CREATE_JOINABLE: c_int = 0;
    pub const PTHREAD_CREATE_DETACHED: c_int = 1;
    pub const PTHREAD_MUTEX_NORMAL: c_int = 0;
    pub const PTHREAD_MUTEX_DEFAULT: c_int = 0;
    pub const PTHREAD_MUTEX_RECURSIVE: c_int = 1;
    pub const PTHREAD_MUTEX_ERRORCHECK: c_int = 2;
    pub const PTHREAD_MUTEX_STALLED: c_int = 0;
    pub const PTHREAD_MUTEX_ROBUST: c_int = 1;
    pub const PTHREAD_PRIO_NONE: c_int = 0;
    pub const PTHREAD_PRIO_INHERIT: c_int = 1;
    pub const PTHREAD_PRIO_PROTECT: c_int = 2;
    pub const PTHREAD_INHERIT_SCHED: c_int = 0;
    pub const PTHREAD_EXPLICIT_SCHED: c_int = 1;
    pub const PTHREAD_SCOPE_SYSTEM: c_int = 0;
    pub const PTHREAD_SCOPE_PROCESS: c_int = 1;
    pub const PTHREAD_PROCESS_PRIVATE: c_int = 0;
    pub const PTHREAD_PROCESS_SHARED: c_int = 1;
    pub const PTHREAD_ONCE_INIT: c_int = 0;
    pub const PTHREAD_CANCEL_ENABLE: c_int = 0;
    pub const PTHREAD_CANCEL_DISABLE: c_int = 1;
    pub const PTHREAD_CANCEL_MASKED: c_int = 2;
    pub const PTHREAD_CANCEL_DEFERRED: c_int = 0;
    pub const PTHREAD_CANCEL_ASYNCHRONOUS: c_int = 1;
    pub const PTHREAD_BARRIER_SERIAL_THREAD: c_int = -1;
}

abi_enums! { THREAD_ENUMS, "threads.h";
    pub const thrd_success: c_int = 0;
    pub const thrd_busy: c_int = 1;
    pub const thrd_error: c_int = 2;
    pub const thrd_nomem: c_int = 3;
    pub const thrd_timedout: c_int = 4;
    pub const mtx_plain: c_int = 0;
    pub const mtx_recursive: c_int = 1;
    pub const mtx_timed: c_int = 2;
}

abi_consts! { THREADS, "threads.h";
    pub const ONCE_FLAG_INIT: c_int = 0;
    pub const TSS_DTOR_ITERATIONS: c_int = 4;
}

abi_structs! { STRUCTS, "semaphore.h";
    "sem_t" => pub struct sem_t { pub __val: [c_int; 8] }
}

//! `<pthread.h>` constants (musl: include/pthread.h).
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

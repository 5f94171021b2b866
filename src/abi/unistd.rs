//! `<unistd.h>` constants (POSIX; musl: include/unistd.h).
#![allow(non_camel_case_types)]
use super::types::{c_int, c_long, c_uint};

abi_consts! { CONSTS, "unistd.h";
    pub const STDIN_FILENO: c_int = 0;
    pub const STDOUT_FILENO: c_int = 1;
    pub const STDERR_FILENO: c_int = 2;
    pub const SEEK_SET: c_int = 0;
    pub const SEEK_CUR: c_int = 1;
    pub const SEEK_END: c_int = 2;
    pub const SEEK_DATA: c_int = 3;
    pub const SEEK_HOLE: c_int = 4;
    pub const F_OK: c_int = 0;
    pub const X_OK: c_int = 1;
    pub const W_OK: c_int = 2;
    pub const R_OK: c_int = 4;
    pub const POSIX_CLOSE_RESTART: c_int = 0;
    pub const _XOPEN_VERSION: c_int = 700;
    pub const _XOPEN_UNIX: c_int = 1;
    pub const _XOPEN_ENH_I18N: c_int = 1;
    pub const _POSIX_VERSION: c_long = 0x31069;
    pub const _POSIX2_VERSION: c_long = 0x31069;
    pub const _POSIX_ADVISORY_INFO: c_long = 0x31069;
    pub const _POSIX_CHOWN_RESTRICTED: c_int = 1;
    pub const _POSIX_IPV6: c_long = 0x31069;
    pub const _POSIX_JOB_CONTROL: c_int = 1;
    pub const _POSIX_MAPPED_FILES: c_long = 0x31069;
    pub const _POSIX_MEMLOCK: c_long = 0x31069;
    pub const _POSIX_MEMLOCK_RANGE: c_long = 0x31069;
    pub const _POSIX_MEMORY_PROTECTION: c_long = 0x31069;
    pub const _POSIX_MESSAGE_PASSING: c_long = 0x31069;
    pub const _POSIX_FSYNC: c_long = 0x31069;
    pub const _POSIX_NO_TRUNC: c_int = 1;
    pub const _POSIX_RAW_SOCKETS: c_long = 0x31069;
    pub const _POSIX_REALTIME_SIGNALS: c_long = 0x31069;
    pub const _POSIX_REGEXP: c_int = 1;
    pub const _POSIX_SAVED_IDS: c_int = 1;
    pub const _POSIX_SHELL: c_int = 1;
    pub const _POSIX_SPAWN: c_long = 0x31069;
    pub const _POSIX_VDISABLE: c_int = 0;
    pub const _POSIX_THREADS: c_long = 0x31069;
    pub const _POSIX_THREAD_PROCESS_SHARED: c_long = 0x31069;
    pub const _POSIX_THREAD_SAFE_FUNCTIONS: c_long = 0x31069;
    pub const _POSIX_THREAD_ATTR_STACKADDR: c_long = 0x31069;
    pub const _POSIX_THREAD_ATTR_STACKSIZE: c_long = 0x31069;
    pub const _POSIX_THREAD_PRIORITY_SCHEDULING: c_long = 0x31069;
    pub const _POSIX_THREAD_CPUTIME: c_long = 0x31069;
    pub const _POSIX_TIMERS: c_long = 0x31069;
    pub const _POSIX_TIMEOUTS: c_long = 0x31069;
    pub const _POSIX_MONOTONIC_CLOCK: c_long = 0x31069;
    pub const _POSIX_CPUTIME: c_long = 0x31069;
    pub const _POSIX_CLOCK_SELECTION: c_long = 0x31069;
    pub const _POSIX_BARRIERS: c_long = 0x31069;
    pub const _POSIX_SPIN_LOCKS: c_long = 0x31069;
    pub const _POSIX_READER_WRITER_LOCKS: c_long = 0x31069;
    pub const _POSIX_ASYNCHRONOUS_IO: c_long = 0x31069;
    pub const _POSIX_SEMAPHORES: c_long = 0x31069;
    pub const _POSIX_SHARED_MEMORY_OBJECTS: c_long = 0x31069;
    pub const _POSIX2_C_BIND: c_long = 0x31069;
    pub const _POSIX_V6_LP64_OFF64: c_int = 1;
    pub const _POSIX_V7_LP64_OFF64: c_int = 1;
}

/// `close_range` flags (Linux; glibc's `<unistd.h>`, not in musl 1.2.3's, so unchecked).
pub const CLOSE_RANGE_UNSHARE: c_uint = 1 << 1;
pub const CLOSE_RANGE_CLOEXEC: c_uint = 1 << 2;

//! `<sys/resource.h>` types and constants for x86_64 (POSIX; musl: include/sys/resource.h).
#![allow(non_camel_case_types)]
use super::time::timeval;
use super::types::{c_int, c_long, c_ulonglong};

abi_typedefs! { TYPEDEFS, "sys/resource.h";
    pub type rlim_t = c_ulonglong;
}

abi_consts! { CONSTS, "sys/resource.h";
    pub const PRIO_MIN: c_int = -20;
    pub const PRIO_MAX: c_int = 20;
    pub const PRIO_PROCESS: c_int = 0;
    pub const PRIO_PGRP: c_int = 1;
    pub const PRIO_USER: c_int = 2;
    pub const RUSAGE_SELF: c_int = 0;
    pub const RUSAGE_CHILDREN: c_int = -1;
    pub const RUSAGE_THREAD: c_int = 1;
    pub const RLIM_INFINITY: rlim_t = !0;
    pub const RLIM_SAVED_CUR: rlim_t = !0;
    pub const RLIM_SAVED_MAX: rlim_t = !0;
    pub const RLIMIT_CPU: c_int = 0;
    pub const RLIMIT_FSIZE: c_int = 1;
    pub const RLIMIT_DATA: c_int = 2;
    pub const RLIMIT_STACK: c_int = 3;
    pub const RLIMIT_CORE: c_int = 4;
    pub const RLIMIT_RSS: c_int = 5;
    pub const RLIMIT_NPROC: c_int = 6;
    pub const RLIMIT_NOFILE: c_int = 7;
    pub const RLIMIT_MEMLOCK: c_int = 8;
    pub const RLIMIT_AS: c_int = 9;
    pub const RLIMIT_LOCKS: c_int = 10;
    pub const RLIMIT_SIGPENDING: c_int = 11;
    pub const RLIMIT_MSGQUEUE: c_int = 12;
    pub const RLIMIT_NICE: c_int = 13;
    pub const RLIMIT_RTPRIO: c_int = 14;
    pub const RLIMIT_RTTIME: c_int = 15;
    pub const RLIMIT_NLIMITS: c_int = 16;
    pub const RLIM_NLIMITS: c_int = 16;
}

abi_structs! { STRUCTS, "sys/resource.h";
    "struct rlimit" => pub struct rlimit { pub rlim_cur: rlim_t, pub rlim_max: rlim_t }
    "struct rusage" => pub struct rusage {
        pub ru_utime: timeval, pub ru_stime: timeval, pub ru_maxrss: c_long, pub ru_ixrss: c_long,
        pub ru_idrss: c_long, pub ru_isrss: c_long, pub ru_minflt: c_long, pub ru_majflt: c_long,
        pub ru_nswap: c_long, pub ru_inblock: c_long, pub ru_oublock: c_long, pub ru_msgsnd: c_long,
        pub ru_msgrcv: c_long, pub ru_nsignals: c_long, pub ru_nvcsw: c_long, pub ru_nivcsw: c_long,
        pub __reserved: [c_long; 16],
    }
}

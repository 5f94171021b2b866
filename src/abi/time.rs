//! `<time.h>`, `<sys/time.h>` and `<sys/timerfd.h>` types and constants for x86_64
//! (C17 7.27, POSIX <time.h>; musl: include/time.h, include/sys/time.h).
#![allow(non_camel_case_types)]
use super::types::{c_char, c_int, c_long, suseconds_t, time_t};

abi_consts! { CONSTS, "time.h";
    pub const CLOCK_REALTIME: c_int = 0;
    pub const CLOCK_MONOTONIC: c_int = 1;
    pub const CLOCK_PROCESS_CPUTIME_ID: c_int = 2;
    pub const CLOCK_THREAD_CPUTIME_ID: c_int = 3;
    pub const CLOCK_MONOTONIC_RAW: c_int = 4;
    pub const CLOCK_REALTIME_COARSE: c_int = 5;
    pub const CLOCK_MONOTONIC_COARSE: c_int = 6;
    pub const CLOCK_BOOTTIME: c_int = 7;
    pub const CLOCK_REALTIME_ALARM: c_int = 8;
    pub const CLOCK_BOOTTIME_ALARM: c_int = 9;
    pub const CLOCK_SGI_CYCLE: c_int = 10;
    pub const CLOCK_TAI: c_int = 11;
    pub const TIMER_ABSTIME: c_int = 1;
    pub const CLOCKS_PER_SEC: c_long = 1_000_000;
    pub const TIME_UTC: c_int = 1;
}

abi_consts! { SYS_TIME_CONSTS, "sys/time.h";
    pub const ITIMER_REAL: c_int = 0;
    pub const ITIMER_VIRTUAL: c_int = 1;
    pub const ITIMER_PROF: c_int = 2;
}

abi_consts! { TIMERFD_CONSTS, "sys/timerfd.h";
    pub const TFD_NONBLOCK: c_int = 0o4000;
    pub const TFD_CLOEXEC: c_int = 0o2000000;
    pub const TFD_TIMER_ABSTIME: c_int = 1;
    pub const TFD_TIMER_CANCEL_ON_SET: c_int = 2;
}

abi_structs! { STRUCTS, "time.h";
    "struct timespec" => pub struct timespec { pub tv_sec: time_t, pub tv_nsec: c_long }
    "struct itimerspec" => pub struct itimerspec { pub it_interval: timespec, pub it_value: timespec }
    "struct tm" => pub struct tm {
        pub tm_sec: c_int, pub tm_min: c_int, pub tm_hour: c_int, pub tm_mday: c_int,
        pub tm_mon: c_int, pub tm_year: c_int, pub tm_wday: c_int, pub tm_yday: c_int,
        pub tm_isdst: c_int, pub tm_gmtoff: c_long, pub tm_zone: *const c_char,
    }
}

abi_structs! { SYS_TIME_STRUCTS, "sys/time.h";
    "struct timeval" => pub struct timeval { pub tv_sec: time_t, pub tv_usec: suseconds_t }
    "struct itimerval" => pub struct itimerval { pub it_interval: timeval, pub it_value: timeval }
    "struct timezone" => pub struct timezone { pub tz_minuteswest: c_int, pub tz_dsttime: c_int }
}

impl tm {
    /// An all-zero `struct tm`.
    pub const fn zero() -> tm {
        tm {
            tm_sec: 0,
            tm_min: 0,
            tm_hour: 0,
            tm_mday: 0,
            tm_mon: 0,
            tm_year: 0,
            tm_wday: 0,
            tm_yday: 0,
            tm_isdst: 0,
            tm_gmtoff: 0,
            tm_zone: core::ptr::null(),
        }
    }
}

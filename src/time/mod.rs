//! Time (C17 7.27, POSIX <time.h>, <sys/time.h>; musl: src/time/).
pub mod asctime;
pub mod clock;
pub mod clock_getres;
pub mod clock_gettime;
pub mod clock_nanosleep;
pub mod getdate;
pub mod gettimeofday;
pub mod gmtime;
pub mod localtime;
pub mod secs_to_tm;
pub mod strftime;
pub mod strftime_l;
pub mod strptime;
#[allow(clippy::module_inception)] // musl's src/time/time.c
pub mod time;
pub mod timer_create;
pub mod times;
pub mod tz;
pub mod tzrule;
pub mod utime;
pub mod wcsftime;

//! `<sys/times.h>` types (musl: include/sys/times.h).
use super::types::clock_t;

abi_structs! { STRUCTS, "sys/times.h";
    "struct tms" => pub struct tms {
        pub tms_utime: clock_t,
        pub tms_stime: clock_t,
        pub tms_cutime: clock_t,
        pub tms_cstime: clock_t,
    }
}

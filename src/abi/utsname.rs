//! `<sys/utsname.h>` and `<sys/sysinfo.h>` types (POSIX uname(); Linux sysinfo(2);
//! musl: include/sys/utsname.h, include/sys/sysinfo.h).
#![allow(non_camel_case_types)]
use super::types::{c_char, c_int, c_uint, c_ulong, c_ushort};

abi_structs! { STRUCTS, "sys/utsname.h";
    "struct utsname" => pub struct utsname {
        pub sysname: [c_char; 65], pub nodename: [c_char; 65], pub release: [c_char; 65],
        pub version: [c_char; 65], pub machine: [c_char; 65], pub domainname: [c_char; 65],
    }
}

abi_consts! { SYSINFO_CONSTS, "sys/sysinfo.h";
    pub const SI_LOAD_SHIFT: c_int = 16;
}

abi_structs! { SYSINFO, "sys/sysinfo.h";
    "struct sysinfo" => pub struct sysinfo {
        pub uptime: c_ulong, pub loads: [c_ulong; 3], pub totalram: c_ulong, pub freeram: c_ulong,
        pub sharedram: c_ulong, pub bufferram: c_ulong, pub totalswap: c_ulong,
        pub freeswap: c_ulong, pub procs: c_ushort, pub pad: c_ushort, pub totalhigh: c_ulong,
        pub freehigh: c_ulong, pub mem_unit: c_uint, pub __reserved: [c_char; 256],
    }
}

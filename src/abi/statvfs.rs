//! `<sys/statvfs.h>` and `<sys/statfs.h>` types and constants (POSIX statvfs, Linux
//! statfs; musl: include/sys/statvfs.h, include/sys/statfs.h, bits/statfs.h).
#![allow(non_camel_case_types)]
use super::types::{c_int, c_ulong, fsblkcnt_t, fsfilcnt_t};

abi_consts! { CONSTS, "sys/statvfs.h";
    pub const ST_RDONLY: c_ulong = 1;
    pub const ST_NOSUID: c_ulong = 2;
    pub const ST_NODEV: c_ulong = 4;
    pub const ST_NOEXEC: c_ulong = 8;
    pub const ST_SYNCHRONOUS: c_ulong = 16;
    pub const ST_MANDLOCK: c_ulong = 64;
    pub const ST_WRITE: c_ulong = 128;
    pub const ST_APPEND: c_ulong = 256;
    pub const ST_IMMUTABLE: c_ulong = 512;
    pub const ST_NOATIME: c_ulong = 1024;
    pub const ST_NODIRATIME: c_ulong = 2048;
    pub const ST_RELATIME: c_ulong = 4096;
}

abi_structs! { STRUCTS, "sys/statvfs.h";
    "struct statvfs" => pub struct statvfs {
        pub f_bsize: c_ulong, pub f_frsize: c_ulong,
        pub f_blocks: fsblkcnt_t, pub f_bfree: fsblkcnt_t, pub f_bavail: fsblkcnt_t,
        pub f_files: fsfilcnt_t, pub f_ffree: fsfilcnt_t, pub f_favail: fsfilcnt_t,
        pub f_fsid: c_ulong, pub f_flag: c_ulong, pub f_namemax: c_ulong,
        pub __reserved: [c_int; 6],
    }
}

abi_structs! { STATFS_STRUCTS, "sys/statfs.h";
    "fsid_t" => pub struct fsid_t { pub __val: [c_int; 2] }
    "struct statfs" => pub struct statfs {
        pub f_type: c_ulong, pub f_bsize: c_ulong,
        pub f_blocks: fsblkcnt_t, pub f_bfree: fsblkcnt_t, pub f_bavail: fsblkcnt_t,
        pub f_files: fsfilcnt_t, pub f_ffree: fsfilcnt_t, pub f_fsid: fsid_t,
        pub f_namelen: c_ulong, pub f_frsize: c_ulong, pub f_flags: c_ulong,
        pub f_spare: [c_ulong; 4],
    }
}
const _: () = assert!(core::mem::size_of::<statvfs>() == 112);
const _: () = assert!(core::mem::size_of::<statfs>() == 120);

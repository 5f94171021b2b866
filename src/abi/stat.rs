//! `<sys/stat.h>` types and constants for x86_64 (POSIX; musl: include/sys/stat.h,
//! arch/x86_64/bits/stat.h).
#![allow(non_camel_case_types)]
use super::time::timespec;
use super::types::{
    blkcnt_t, blksize_t, c_int, c_long, c_uint, dev_t, gid_t, ino_t, mode_t, nlink_t, off_t, uid_t,
};

abi_consts! { CONSTS, "sys/stat.h";
    pub const S_IFMT: c_int = 0o170000;
    pub const S_IFDIR: c_int = 0o040000;
    pub const S_IFCHR: c_int = 0o020000;
    pub const S_IFBLK: c_int = 0o060000;
    pub const S_IFREG: c_int = 0o100000;
    pub const S_IFIFO: c_int = 0o010000;
    pub const S_IFLNK: c_int = 0o120000;
    pub const S_IFSOCK: c_int = 0o140000;
    pub const S_ISUID: c_int = 0o4000;
    pub const S_ISGID: c_int = 0o2000;
    pub const S_ISVTX: c_int = 0o1000;
    pub const S_IRUSR: c_int = 0o400;
    pub const S_IWUSR: c_int = 0o200;
    pub const S_IXUSR: c_int = 0o100;
    pub const S_IRWXU: c_int = 0o700;
    pub const S_IRGRP: c_int = 0o040;
    pub const S_IWGRP: c_int = 0o020;
    pub const S_IXGRP: c_int = 0o010;
    pub const S_IRWXG: c_int = 0o070;
    pub const S_IROTH: c_int = 0o004;
    pub const S_IWOTH: c_int = 0o002;
    pub const S_IXOTH: c_int = 0o001;
    pub const S_IRWXO: c_int = 0o007;
    pub const S_IREAD: c_int = 0o400;
    pub const S_IWRITE: c_int = 0o200;
    pub const S_IEXEC: c_int = 0o100;
    pub const UTIME_NOW: c_long = 0x3fffffff;
    pub const UTIME_OMIT: c_long = 0x3ffffffe;
}

abi_structs! { STRUCTS, "sys/stat.h";
    "struct stat" => pub struct stat {
        pub st_dev: dev_t, pub st_ino: ino_t, pub st_nlink: nlink_t, pub st_mode: mode_t,
        pub st_uid: uid_t, pub st_gid: gid_t, pub __pad0: c_uint, pub st_rdev: dev_t,
        pub st_size: off_t, pub st_blksize: blksize_t, pub st_blocks: blkcnt_t,
        pub st_atim: timespec, pub st_mtim: timespec, pub st_ctim: timespec,
        pub __unused: [c_long; 3],
    }
}

const _: () = assert!(core::mem::size_of::<stat>() == 144);

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

/// `struct statx_timestamp` (Linux 4.11 statx; glibc's `<sys/stat.h>`, not in musl
/// 1.2.3's, so checked only by the size assertion below).
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct statx_timestamp {
    pub tv_sec: i64,
    pub tv_nsec: u32,
    pub __pad: i32,
}

/// `struct statx`: the kernel's layout, 256 bytes.
#[repr(C)]
#[derive(Clone, Copy, Debug, Default)]
pub struct statx {
    pub stx_mask: u32,
    pub stx_blksize: u32,
    pub stx_attributes: u64,
    pub stx_nlink: u32,
    pub stx_uid: u32,
    pub stx_gid: u32,
    pub stx_mode: u16,
    pub __pad0: [u16; 1],
    pub stx_ino: u64,
    pub stx_size: u64,
    pub stx_blocks: u64,
    pub stx_attributes_mask: u64,
    pub stx_atime: statx_timestamp,
    pub stx_btime: statx_timestamp,
    pub stx_ctime: statx_timestamp,
    pub stx_mtime: statx_timestamp,
    pub stx_rdev_major: u32,
    pub stx_rdev_minor: u32,
    pub stx_dev_major: u32,
    pub stx_dev_minor: u32,
    pub stx_mnt_id: u64,
    pub stx_dio_mem_align: u32,
    pub stx_dio_offset_align: u32,
    pub __pad1: [u64; 12],
}

const _: () = assert!(core::mem::size_of::<statx>() == 256);
const _: () = assert!(core::mem::offset_of!(statx, stx_atime) == 64);
const _: () = assert!(core::mem::offset_of!(statx, stx_rdev_major) == 128);

/// `statx` masks (unchecked: not in musl 1.2.3's headers).
pub const STATX_TYPE: c_uint = 0x1;
pub const STATX_MODE: c_uint = 0x2;
pub const STATX_NLINK: c_uint = 0x4;
pub const STATX_UID: c_uint = 0x8;
pub const STATX_GID: c_uint = 0x10;
pub const STATX_ATIME: c_uint = 0x20;
pub const STATX_MTIME: c_uint = 0x40;
pub const STATX_CTIME: c_uint = 0x80;
pub const STATX_INO: c_uint = 0x100;
pub const STATX_SIZE: c_uint = 0x200;
pub const STATX_BLOCKS: c_uint = 0x400;
pub const STATX_BASIC_STATS: c_uint = 0x7ff;
pub const STATX_BTIME: c_uint = 0x800;
pub const STATX_ALL: c_uint = 0xfff;

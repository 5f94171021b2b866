//! `<fcntl.h>` constants for x86_64 (musl: include/fcntl.h, arch/x86_64/bits/fcntl.h).
use super::types::c_int;

pub const O_RDONLY: c_int = 0o0;
pub const O_WRONLY: c_int = 0o1;
pub const O_RDWR: c_int = 0o2;
pub const O_CREAT: c_int = 0o100;
pub const O_EXCL: c_int = 0o200;
pub const O_NOCTTY: c_int = 0o400;
pub const O_TRUNC: c_int = 0o1000;
pub const O_APPEND: c_int = 0o2000;
pub const O_NONBLOCK: c_int = 0o4000;
pub const O_DSYNC: c_int = 0o10000;
pub const O_SYNC: c_int = 0o4010000;
pub const O_RSYNC: c_int = 0o4010000;
pub const O_DIRECTORY: c_int = 0o200000;
pub const O_NOFOLLOW: c_int = 0o400000;
pub const O_CLOEXEC: c_int = 0o2000000;
pub const O_ASYNC: c_int = 0o20000;
pub const O_DIRECT: c_int = 0o40000;
pub const O_LARGEFILE: c_int = 0o100000;
pub const O_NOATIME: c_int = 0o1000000;
pub const O_PATH: c_int = 0o10000000;
pub const O_TMPFILE: c_int = 0o20200000;
pub const O_NDELAY: c_int = O_NONBLOCK;
pub const O_SEARCH: c_int = O_PATH;
pub const O_EXEC: c_int = O_PATH;
pub const O_ACCMODE: c_int = 0o3 | O_SEARCH;

pub const AT_FDCWD: c_int = -100;
pub const AT_SYMLINK_NOFOLLOW: c_int = 0x100;
pub const AT_REMOVEDIR: c_int = 0x200;
pub const AT_SYMLINK_FOLLOW: c_int = 0x400;
pub const AT_EACCESS: c_int = 0x200;
pub const AT_EMPTY_PATH: c_int = 0x1000;

pub const SEEK_SET: c_int = 0;
pub const SEEK_CUR: c_int = 1;
pub const SEEK_END: c_int = 2;

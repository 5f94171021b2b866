//! `<sys/mount.h>`, `<sys/xattr.h>`, `<sys/file.h>` and `<utime.h>` constants and types
//! (Linux, BSD, POSIX; musl: include/sys/mount.h, sys/xattr.h, sys/file.h, utime.h).
#![allow(non_camel_case_types)]
use super::types::{c_int, c_ulong, time_t};

abi_consts! { MOUNT, "sys/mount.h";
    pub const BLKROSET: c_int = 0x125d;
    pub const BLKROGET: c_int = 0x125e;
    pub const BLKRRPART: c_int = 0x125f;
    pub const BLKGETSIZE: c_int = 0x1260;
    pub const BLKFLSBUF: c_int = 0x1261;
    pub const BLKRASET: c_int = 0x1262;
    pub const BLKRAGET: c_int = 0x1263;
    pub const BLKFRASET: c_int = 0x1264;
    pub const BLKFRAGET: c_int = 0x1265;
    pub const BLKSECTSET: c_int = 0x1266;
    pub const BLKSECTGET: c_int = 0x1267;
    pub const BLKSSZGET: c_int = 0x1268;
    pub const MS_RDONLY: c_ulong = 1;
    pub const MS_NOSUID: c_ulong = 2;
    pub const MS_NODEV: c_ulong = 4;
    pub const MS_NOEXEC: c_ulong = 8;
    pub const MS_SYNCHRONOUS: c_ulong = 16;
    pub const MS_REMOUNT: c_ulong = 32;
    pub const MS_MANDLOCK: c_ulong = 64;
    pub const MS_DIRSYNC: c_ulong = 128;
    pub const MS_NOSYMFOLLOW: c_ulong = 256;
    pub const MS_NOATIME: c_ulong = 1024;
    pub const MS_NODIRATIME: c_ulong = 2048;
    pub const MS_BIND: c_ulong = 4096;
    pub const MS_MOVE: c_ulong = 8192;
    pub const MS_REC: c_ulong = 16384;
    pub const MS_SILENT: c_ulong = 32768;
    pub const MS_POSIXACL: c_ulong = 1 << 16;
    pub const MS_UNBINDABLE: c_ulong = 1 << 17;
    pub const MS_PRIVATE: c_ulong = 1 << 18;
    pub const MS_SLAVE: c_ulong = 1 << 19;
    pub const MS_SHARED: c_ulong = 1 << 20;
    pub const MS_RELATIME: c_ulong = 1 << 21;
    pub const MS_KERNMOUNT: c_ulong = 1 << 22;
    pub const MS_I_VERSION: c_ulong = 1 << 23;
    pub const MS_STRICTATIME: c_ulong = 1 << 24;
    pub const MS_LAZYTIME: c_ulong = 1 << 25;
    pub const MS_NOREMOTELOCK: c_ulong = 1 << 27;
    pub const MS_NOSEC: c_ulong = 1 << 28;
    pub const MS_BORN: c_ulong = 1 << 29;
    pub const MS_ACTIVE: c_ulong = 1 << 30;
    pub const MS_NOUSER: c_ulong = 1 << 31;
    pub const MS_RMT_MASK: c_ulong = 1 | 16 | 64 | (1 << 23) | (1 << 25);
    pub const MS_MGC_VAL: c_ulong = 0xc0ed0000;
    pub const MS_MGC_MSK: c_ulong = 0xffff0000;
    pub const MNT_FORCE: c_int = 1;
    pub const MNT_DETACH: c_int = 2;
    pub const MNT_EXPIRE: c_int = 4;
    pub const UMOUNT_NOFOLLOW: c_int = 8;
}

// musl spells these with `sizeof`, which `#if` cannot evaluate: checked as values only.
abi_enums! { MOUNT_SIZED, "sys/mount.h";
    pub const BLKBSZGET: c_ulong = 0x80081270;
    pub const BLKBSZSET: c_ulong = 0x40081271;
    pub const BLKGETSIZE64: c_ulong = 0x80081272;
}

abi_consts! { XATTR, "sys/xattr.h";
    pub const XATTR_CREATE: c_int = 1;
    pub const XATTR_REPLACE: c_int = 2;
}

abi_consts! { FILE, "sys/file.h";
    pub const LOCK_SH: c_int = 1;
    pub const LOCK_EX: c_int = 2;
    pub const LOCK_NB: c_int = 4;
    pub const LOCK_UN: c_int = 8;
    pub const L_SET: c_int = 0;
    pub const L_INCR: c_int = 1;
    pub const L_XTND: c_int = 2;
}

abi_structs! { UTIME, "utime.h";
    "struct utimbuf" => pub struct utimbuf { pub actime: time_t, pub modtime: time_t }
}

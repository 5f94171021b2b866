//! `<dirent.h>` and `<ftw.h>` types and constants (POSIX; musl: include/dirent.h,
//! bits/dirent.h, include/ftw.h).
#![allow(non_camel_case_types)]
use super::types::{c_char, c_int, c_uchar, c_ushort, ino_t, off_t};

abi_consts! { CONSTS, "dirent.h";
    pub const DT_UNKNOWN: c_uchar = 0;
    pub const DT_FIFO: c_uchar = 1;
    pub const DT_CHR: c_uchar = 2;
    pub const DT_DIR: c_uchar = 4;
    pub const DT_BLK: c_uchar = 6;
    pub const DT_REG: c_uchar = 8;
    pub const DT_LNK: c_uchar = 10;
    pub const DT_SOCK: c_uchar = 12;
    pub const DT_WHT: c_uchar = 14;
}

abi_structs! { STRUCTS, "dirent.h";
    /// `struct dirent`: the kernel's `linux_dirent64` record, as getdents64 writes it.
    "struct dirent" => pub struct dirent {
        pub d_ino: ino_t, pub d_off: off_t, pub d_reclen: c_ushort, pub d_type: c_uchar,
        pub d_name: [c_char; 256],
    }
}
const _: () = assert!(core::mem::size_of::<dirent>() == 280);

abi_consts! { FTW_CONSTS, "ftw.h";
    pub const FTW_F: c_int = 1;
    pub const FTW_D: c_int = 2;
    pub const FTW_DNR: c_int = 3;
    pub const FTW_NS: c_int = 4;
    pub const FTW_SL: c_int = 5;
    pub const FTW_DP: c_int = 6;
    pub const FTW_SLN: c_int = 7;
    pub const FTW_PHYS: c_int = 1;
    pub const FTW_MOUNT: c_int = 2;
    pub const FTW_CHDIR: c_int = 4;
    pub const FTW_DEPTH: c_int = 8;
}

abi_structs! { FTW_STRUCTS, "ftw.h";
    "struct FTW" => pub struct FTW { pub base: c_int, pub level: c_int }
}

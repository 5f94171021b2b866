//! `<sys/ioctl.h>` requests and `struct winsize` (Linux; musl: include/sys/ioctl.h,
//! bits/ioctl.h).
use super::types::{c_int, c_ushort};

abi_consts! { CONSTS, "sys/ioctl.h";
    pub const TIOCGPGRP: c_int = 0x540F;
    pub const TIOCSPGRP: c_int = 0x5410;
    pub const TIOCGWINSZ: c_int = 0x5413;
    pub const TIOCSWINSZ: c_int = 0x5414;
    pub const FIONREAD: c_int = 0x541B;
    pub const FIONBIO: c_int = 0x5421;
    pub const FIOCLEX: c_int = 0x5451;
    pub const FIONCLEX: c_int = 0x5450;
}

abi_structs! { STRUCTS, "sys/ioctl.h";
    "struct winsize" => pub struct winsize {
        pub ws_row: c_ushort, pub ws_col: c_ushort, pub ws_xpixel: c_ushort, pub ws_ypixel: c_ushort,
    }
}

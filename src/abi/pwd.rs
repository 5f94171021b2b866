//! `<pwd.h>`, `<grp.h>` and `<shadow.h>` types (POSIX; musl: include/pwd.h, include/grp.h,
//! include/shadow.h).
#![allow(non_camel_case_types)]
use super::types::{c_char, c_long, c_ulong, gid_t, uid_t};

abi_structs! { PWD, "pwd.h";
    "struct passwd" => pub struct passwd {
        pub pw_name: *mut c_char, pub pw_passwd: *mut c_char, pub pw_uid: uid_t,
        pub pw_gid: gid_t, pub pw_gecos: *mut c_char, pub pw_dir: *mut c_char,
        pub pw_shell: *mut c_char,
    }
}

abi_structs! { GRP, "grp.h";
    "struct group" => pub struct group {
        pub gr_name: *mut c_char, pub gr_passwd: *mut c_char, pub gr_gid: gid_t,
        pub gr_mem: *mut *mut c_char,
    }
}

abi_structs! { SHADOW, "shadow.h";
    "struct spwd" => pub struct spwd {
        pub sp_namp: *mut c_char, pub sp_pwdp: *mut c_char, pub sp_lstchg: c_long,
        pub sp_min: c_long, pub sp_max: c_long, pub sp_warn: c_long, pub sp_inact: c_long,
        pub sp_expire: c_long, pub sp_flag: c_ulong,
    }
}

//! `<glob.h>` types and constants (POSIX.1-2008; musl: include/glob.h).
#![allow(non_camel_case_types)]
use super::types::{c_char, c_int, c_void, size_t};

abi_structs! { STRUCTS, "glob.h";
    /// `glob_t`: the result vector; the reserved tail keeps glibc's size.
    "glob_t" => pub struct glob_t {
        pub gl_pathc: size_t, pub gl_pathv: *mut *mut c_char, pub gl_offs: size_t,
        pub __dummy1: c_int, pub __dummy2: [*mut c_void; 5],
    }
}

abi_consts! { CONSTS, "glob.h";
    pub const GLOB_ERR: c_int = 0x01;
    pub const GLOB_MARK: c_int = 0x02;
    pub const GLOB_NOSORT: c_int = 0x04;
    pub const GLOB_DOOFFS: c_int = 0x08;
    pub const GLOB_NOCHECK: c_int = 0x10;
    pub const GLOB_APPEND: c_int = 0x20;
    pub const GLOB_NOESCAPE: c_int = 0x40;
    pub const GLOB_PERIOD: c_int = 0x80;
    pub const GLOB_TILDE: c_int = 0x1000;
    pub const GLOB_TILDE_CHECK: c_int = 0x4000;
    pub const GLOB_NOSPACE: c_int = 1;
    pub const GLOB_ABORTED: c_int = 2;
    pub const GLOB_NOMATCH: c_int = 3;
    pub const GLOB_NOSYS: c_int = 4;
}

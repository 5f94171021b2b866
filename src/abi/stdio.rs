//! `<stdio.h>` constants and types (C11 7.21.1; musl: include/stdio.h).
#![allow(non_camel_case_types, non_upper_case_globals)]
use super::types::{c_char, c_int, c_longlong, c_void};

abi_consts! { CONSTS, "stdio.h";
    pub const EOF: c_int = -1;
    pub const SEEK_SET: c_int = 0;
    pub const SEEK_CUR: c_int = 1;
    pub const SEEK_END: c_int = 2;
    pub const _IOFBF: c_int = 0;
    pub const _IOLBF: c_int = 1;
    pub const _IONBF: c_int = 2;
    pub const BUFSIZ: c_int = 1024;
    pub const FILENAME_MAX: c_int = 4096;
    pub const FOPEN_MAX: c_int = 1000;
    pub const TMP_MAX: c_int = 10000;
    pub const L_tmpnam: c_int = 20;
    pub const L_cuserid: c_int = 20;
    pub const L_ctermid: c_int = 20;
}

abi_structs! { STRUCTS, "stdio.h";
    "fpos_t" => pub union fpos_t { pub __opaque: [c_char; 16], pub __lldata: c_longlong, pub __align: f64 }
    "cookie_io_functions_t" => pub struct cookie_io_functions_t {
        pub read: *mut c_void, pub write: *mut c_void, pub seek: *mut c_void, pub close: *mut c_void,
    }
}

/// `P_tmpdir`.
pub const P_TMPDIR: &core::ffi::CStr = c"/tmp";

abi_consts! { EXT, "stdio_ext.h";
    pub const FSETLOCKING_QUERY: c_int = 0;
    pub const FSETLOCKING_INTERNAL: c_int = 1;
    pub const FSETLOCKING_BYCALLER: c_int = 2;
}

//! `<search.h>` types (POSIX; musl: include/search.h).
#![allow(non_camel_case_types, non_upper_case_globals)]
use super::types::{c_char, c_int, c_uint, c_void};

abi_structs! { STRUCTS, "search.h";
    "ENTRY" => pub struct ENTRY { pub key: *mut c_char, pub data: *mut c_void }
    "struct hsearch_data" => pub struct hsearch_data {
        pub __tab: *mut c_void, pub __unused1: c_uint, pub __unused2: c_uint
    }
}

abi_enums! { ENUMS, "search.h";
    pub const FIND: c_int = 0;
    pub const ENTER: c_int = 1;
    pub const preorder: c_int = 0;
    pub const postorder: c_int = 1;
    pub const endorder: c_int = 2;
    pub const leaf: c_int = 3;
}

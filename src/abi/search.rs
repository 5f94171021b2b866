//! `<search.h>` types (POSIX; musl: include/search.h).
#![allow(non_camel_case_types)]
use super::types::{c_char, c_void};

abi_structs! { STRUCTS, "search.h";
    "ENTRY" => pub struct ENTRY { pub key: *mut c_char, pub data: *mut c_void }
}

//! `<getopt.h>` types and constants (GNU getopt_long; musl: include/getopt.h).
#![allow(non_camel_case_types, non_upper_case_globals)]
use super::types::{c_char, c_int};

abi_consts! { CONSTS, "getopt.h";
    pub const no_argument: c_int = 0;
    pub const required_argument: c_int = 1;
    pub const optional_argument: c_int = 2;
}

abi_structs! { STRUCTS, "getopt.h";
    "struct option" => pub struct option {
        pub name: *const c_char,
        pub has_arg: c_int,
        pub flag: *mut c_int,
        pub val: c_int,
    }
}

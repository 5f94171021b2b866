//! `<stdlib.h>` constants and the div result types (C11 7.22; musl: include/stdlib.h).
#![allow(non_camel_case_types)]
use super::types::{c_int, c_long, c_longlong};

abi_consts! { CONSTS, "stdlib.h";
    pub const EXIT_FAILURE: c_int = 1;
    pub const EXIT_SUCCESS: c_int = 0;
    pub const RAND_MAX: c_int = 0x7fffffff;
}

abi_structs! { STRUCTS, "stdlib.h";
    "div_t" => pub struct div_t { pub quot: c_int, pub rem: c_int }
    "ldiv_t" => pub struct ldiv_t { pub quot: c_long, pub rem: c_long }
    "lldiv_t" => pub struct lldiv_t { pub quot: c_longlong, pub rem: c_longlong }
}

//! `<inttypes.h>` types (C11 7.8; musl: include/inttypes.h).
#![allow(non_camel_case_types)]
use super::stdint::intmax_t;

abi_structs! { STRUCTS, "inttypes.h";
    "imaxdiv_t" => pub struct imaxdiv_t { pub quot: intmax_t, pub rem: intmax_t }
}

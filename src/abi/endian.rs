//! `<endian.h>` byte-order names (musl: include/endian.h).
#![allow(non_camel_case_types)]
use super::types::c_int;

abi_consts! { CONSTS, "endian.h";
    pub const __LITTLE_ENDIAN: c_int = 1234;
    pub const __BIG_ENDIAN: c_int = 4321;
    pub const __PDP_ENDIAN: c_int = 3412;
    pub const LITTLE_ENDIAN: c_int = 1234;
    pub const BIG_ENDIAN: c_int = 4321;
    pub const PDP_ENDIAN: c_int = 3412;
}

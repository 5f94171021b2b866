//! `<wctype.h>` types (C17 7.30; musl: include/wctype.h, bits/alltypes.h).
#![allow(non_camel_case_types)]
use super::types::{c_int, c_ulong};

abi_typedefs! { TYPEDEFS, "wctype.h";
    pub type wctype_t = c_ulong;
    pub type wctrans_t = *const c_int;
}

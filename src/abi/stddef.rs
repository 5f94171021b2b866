//! `<stddef.h>` types (C11 7.19; musl: include/stddef.h, bits/alltypes.h).
#![allow(non_camel_case_types)]
use super::types::c_longlong;

/// Storage of an x87 `long double`: 10 data bytes, padded to 16 and 16-aligned.
#[repr(C, align(16))]
#[derive(Clone, Copy)]
pub struct long_double(pub [u8; 16]);

abi_structs! { STRUCTS, "stddef.h";
    "max_align_t" => pub struct max_align_t { pub __ll: c_longlong, pub __ld: long_double }
}

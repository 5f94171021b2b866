//! `<setjmp.h>` layout for x86_64 (C17 7.13; musl: include/setjmp.h, arch/x86_64/bits/setjmp.h).
#![allow(non_camel_case_types)]
use super::check::Check;
use super::types::c_ulong;

abi_structs! { STRUCTS, "setjmp.h";
    "struct __jmp_buf_tag" => pub struct __jmp_buf_tag {
        pub __jb: [c_ulong; 8], pub __fl: c_ulong, pub __ss: [c_ulong; 16],
    }
}

/// `jmp_buf` and `sigjmp_buf` are one-element arrays of the tag struct.
pub static TYPEDEFS: &[Check] = &[
    Check::Scalar {
        header: "setjmp.h",
        c_type: "jmp_buf",
        size: 200,
        align: 8,
        signed: None,
    },
    Check::Scalar {
        header: "setjmp.h",
        c_type: "sigjmp_buf",
        size: 200,
        align: 8,
        signed: None,
    },
];

/// ABI: the assembly in arch/x86_64/setjmp.rs stores the mask flag and the mask here.
pub const JB_FL: usize = core::mem::offset_of!(__jmp_buf_tag, __fl);
pub const JB_SS: usize = core::mem::offset_of!(__jmp_buf_tag, __ss);
const _: () = assert!(JB_FL == 64 && JB_SS == 72);

//! `<wchar.h>` types and constants used by the multibyte functions (C17 7.29; musl:
//! include/wchar.h, bits/alltypes.h).
#![allow(non_camel_case_types)]
use super::types::c_uint;

abi_typedefs! { TYPEDEFS, "wchar.h";
    pub type wint_t = u32;
}

abi_structs! { STRUCTS, "wchar.h";
    "mbstate_t" => pub struct mbstate_t { pub __opaque1: c_uint, pub __opaque2: c_uint }
}

abi_consts! { CONSTS, "wchar.h";
    pub const WEOF: c_uint = 0xffff_ffff;
}

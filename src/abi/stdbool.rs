//! `<stdbool.h>` values (C11 7.18).
#![allow(non_camel_case_types, non_upper_case_globals)]
use super::types::c_int;

abi_consts! { CONSTS, "stdbool.h";
    pub const __bool_true_false_are_defined: c_int = 1;
}

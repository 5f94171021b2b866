//! `lckpwdf`, `ulckpwdf` (shadow suite; musl: src/passwd/lckpwdf.c).
use crate::abi::types::c_int;

/// `int lckpwdf(void);`: a no-op that succeeds, as in musl (no lock file is kept).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn lckpwdf() -> c_int {
    0
}

/// `int ulckpwdf(void);`: a no-op that succeeds, as in musl.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn ulckpwdf() -> c_int {
    0
}

//! `drand48`, `erand48` (POSIX; musl: src/prng/drand48.c).
use super::rand48::{global_xi, step};
use crate::abi::types::c_ushort;

/// A double in [0, 1): the 48-bit state over 2^48, exactly.
fn to_double(x: u64) -> f64 {
    f64::from_bits(0x3ff0_0000_0000_0000 | x << 4) - 1.0
}

/// `double erand48(unsigned short xsubi[3]);`
///
/// # Safety
/// `xsubi` points to 3 writable `unsigned short`s.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn erand48(xsubi: *mut c_ushort) -> f64 {
    // SAFETY: caller contract.
    to_double(unsafe { step(xsubi) })
}

/// `double drand48(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn drand48() -> f64 {
    // SAFETY: the global state is 3 valid words.
    to_double(unsafe { step(global_xi()) })
}

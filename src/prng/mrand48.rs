//! `mrand48`, `jrand48` (POSIX; musl: src/prng/mrand48.c).
use super::rand48::{global_xi, step};
use crate::abi::types::{c_long, c_ushort};

/// `long jrand48(unsigned short xsubi[3]);` — a value in `-2^31..2^31`.
///
/// # Safety
/// `xsubi` points to 3 writable `unsigned short`s.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn jrand48(xsubi: *mut c_ushort) -> c_long {
    // SAFETY: caller contract.
    (unsafe { step(xsubi) } >> 16) as u32 as i32 as c_long
}

/// `long mrand48(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn mrand48() -> c_long {
    // SAFETY: the global state is 3 valid words.
    (unsafe { step(global_xi()) } >> 16) as u32 as i32 as c_long
}

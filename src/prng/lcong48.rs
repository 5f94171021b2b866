//! `lcong48` (POSIX; musl: src/prng/lcong48.c).
use crate::abi::types::c_ushort;

/// `void lcong48(unsigned short param[7]);` — sets `Xi` (`param[0..3]`), the multiplier
/// `a` (`param[3..6]`) and the addend `c` (`param[6]`).
///
/// # Safety
/// `param` points to 7 readable `unsigned short`s.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn lcong48(param: *const c_ushort) {
    // SAFETY: caller contract; the destination is the 7-word state.
    unsafe { core::ptr::copy_nonoverlapping(param, super::rand48::state().cast::<u16>(), 7) }
}

//! `seed48` (POSIX; musl: src/prng/seed48.c).
use super::rand48::{DEFAULT_A_C, State, state};
use crate::abi::types::c_ushort;
use core::cell::UnsafeCell;

/// The previous `Xi`, returned by `seed48`.
static PREVIOUS: State = State(UnsafeCell::new([0; 7]));

/// Sets `Xi` and restores the default `a` and `c`.
///
/// # Safety
/// `xi` points to 3 readable words; not called concurrently with the other rand48 functions.
pub unsafe fn seed(xi: [u16; 3]) {
    // SAFETY: the global state static; see `rand48::State`.
    unsafe {
        let s = &mut *state();
        s[..3].copy_from_slice(&xi);
        // DIFF(musl): musl keeps an lcong48 multiplier and addend here; POSIX says
        // seed48 and srand48 restore the defaults, as glibc does.
        s[3..].copy_from_slice(&DEFAULT_A_C);
    }
}

/// `unsigned short *seed48(unsigned short seed16v[3]);`
///
/// Sets `Xi` to `seed16v` and returns a pointer to the previous `Xi` (a static buffer).
///
/// # Safety
/// `seed16v` points to 3 readable `unsigned short`s.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn seed48(seed16v: *const c_ushort) -> *mut c_ushort {
    // SAFETY: caller contract; the statics are the rand48 state words.
    unsafe {
        let prev = PREVIOUS.0.get().cast::<u16>();
        let s = &*state();
        *prev = s[0];
        *prev.add(1) = s[1];
        *prev.add(2) = s[2];
        seed([*seed16v, *seed16v.add(1), *seed16v.add(2)]);
        prev
    }
}

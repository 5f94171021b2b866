//! `rand_r` (POSIX; musl: src/prng/rand_r.c).
// DIFF(glibc): musl's algorithm (a 32-bit LCG with a tempering step), not glibc's.
use crate::abi::types::{c_int, c_uint};

/// The Mersenne-Twister tempering that hides the LCG's weak low bits.
fn temper(mut x: u32) -> u32 {
    x ^= x >> 11;
    x ^= (x << 7) & 0x9d2c_5680;
    x ^= (x << 15) & 0xefc6_0000;
    x ^ (x >> 18)
}

/// `int rand_r(unsigned *seed);` — a value in `0..=RAND_MAX`; the state is `*seed`.
///
/// # Safety
/// `seed` points to a writable `unsigned`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn rand_r(seed: *mut c_uint) -> c_int {
    // SAFETY: caller contract.
    unsafe {
        *seed = (*seed).wrapping_mul(1103515245).wrapping_add(12345);
        (temper(*seed) / 2) as c_int
    }
}

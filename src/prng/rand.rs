//! `rand`, `srand` (C17 7.22.2; musl: src/prng/rand.c).
// DIFF(glibc): musl's generator, a 64-bit LCG returning its top 31 bits; glibc's rand is
// its `random()`, so the sequences differ. Programs built for musl see musl's sequence.
use crate::abi::types::{c_int, c_uint};
use core::sync::atomic::{AtomicU64, Ordering};

/// The generator state; `srand(1)` (and no call at all) starts the same sequence.
static SEED: AtomicU64 = AtomicU64::new(0);

/// `void srand(unsigned seed);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn srand(seed: c_uint) {
    SEED.store((seed as u64).wrapping_sub(1), Ordering::Relaxed);
}

/// `int rand(void);` — a value in `0..=RAND_MAX`. Not reentrant (as C allows); racing
/// callers may see repeated values but nothing worse.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn rand() -> c_int {
    let s = SEED
        .load(Ordering::Relaxed)
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1);
    SEED.store(s, Ordering::Relaxed);
    (s >> 33) as c_int
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn musl_sequence() {
        srand(1);
        let a: Vec<c_int> = (0..3).map(|_| rand()).collect();
        assert_eq!(a, [0, 740882966, 1616430695]);
    }
}

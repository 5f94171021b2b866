//! `srand48` (POSIX; musl: src/prng/srand48.c).
use crate::abi::types::c_long;

/// `void srand48(long seedval);` — `Xi` becomes the low 32 bits of `seedval` above 0x330E.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn srand48(seedval: c_long) {
    // SAFETY: three words by value.
    unsafe { super::seed48::seed([0x330e, seedval as u16, (seedval >> 16) as u16]) }
}

#[cfg(test)]
mod tests {
    use super::super::{drand48::drand48, lrand48::lrand48, mrand48::mrand48};

    #[test]
    fn posix_sequence() {
        super::srand48(1);
        // X1 = 0x5DEECE66D * 0x1330E + 0xB mod 2^48.
        let x1: u64 = 0x5deece66d_u64.wrapping_mul(0x1330e).wrapping_add(0xb) & 0xffff_ffff_ffff;
        assert_eq!(lrand48() as u64, x1 >> 17);
        let x2 = 0x5deece66d_u64.wrapping_mul(x1).wrapping_add(0xb) & 0xffff_ffff_ffff;
        assert_eq!(mrand48(), (x2 >> 16) as u32 as i32 as i64);
        let x3 = 0x5deece66d_u64.wrapping_mul(x2).wrapping_add(0xb) & 0xffff_ffff_ffff;
        assert_eq!(drand48(), x3 as f64 / (1u64 << 48) as f64);
    }
}

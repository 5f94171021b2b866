//! `bcmp` (POSIX.1-2001 strings.h, removed in 2008; musl: src/string/bcmp.c).
use crate::abi::types::{c_int, c_void, size_t};

/// `int bcmp(const void *s1, const void *s2, size_t n);`
///
/// Zero if the `n` bytes are equal, nonzero otherwise: the same as `memcmp`.
///
/// # Safety
/// `s1` and `s2` readable for `n` bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn bcmp(s1: *const c_void, s2: *const c_void, n: size_t) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { crate::string::memcmp::memcmp(s1, s2, n) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::avx2;

    #[test]
    fn equal_and_not() {
        avx2::each_tier(|_| {
            let a: Vec<u8> = (0..100u8).collect();
            for n in 1..100 {
                let mut b = a.clone();
                // SAFETY: n bytes in both.
                assert_eq!(unsafe { bcmp(a.as_ptr().cast(), b.as_ptr().cast(), n) }, 0);
                b[n - 1] ^= 1;
                // SAFETY: n bytes in both.
                assert_ne!(unsafe { bcmp(a.as_ptr().cast(), b.as_ptr().cast(), n) }, 0);
            }
        });
    }
}

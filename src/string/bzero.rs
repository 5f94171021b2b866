//! `bzero` (POSIX.1-2001 strings.h, removed in 2008; musl: src/string/bzero.c).
use crate::abi::types::{c_void, size_t};
use crate::string::memset::fill;

/// `void bzero(void *s, size_t n);`
///
/// # Safety
/// `s` writable for `n` bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn bzero(s: *mut c_void, n: size_t) {
    // SAFETY: forwarded caller contract.
    unsafe { fill(s.cast(), 0, n) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroes() {
        crate::string::avx2::each_tier(|_| zeroes_once());
    }

    fn zeroes_once() {
        for n in (0..100).chain([255, 256, 257, 511, 512, 513, 700, 4096, 5000]) {
            let mut buf = vec![9u8; n + 2];
            // SAFETY: n bytes from offset 1 are inside the buffer.
            unsafe { bzero(buf.as_mut_ptr().add(1).cast(), n) };
            assert_eq!(buf[0], 9);
            assert!(buf[1..=n].iter().all(|&b| b == 0));
            assert_eq!(buf[n + 1], 9);
        }
    }
}

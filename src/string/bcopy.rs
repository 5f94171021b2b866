//! `bcopy` (POSIX.1-2001 strings.h, removed in 2008; musl: src/string/bcopy.c).
use crate::abi::types::{c_void, size_t};
use crate::string::memcpy::copy_forward;
use crate::string::memmove::copy_backward;

/// `void bcopy(const void *src, void *dest, size_t n);`
///
/// Note the argument order: source first. The ranges may overlap, as with `memmove`.
///
/// # Safety
/// `src` readable and `dest` writable for `n` bytes.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn bcopy(src: *const c_void, dest: *mut c_void, n: size_t) {
    let (d, s) = (dest.cast::<u8>(), src.cast::<u8>());
    if (d as usize) <= (s as usize) || (d as usize).wrapping_sub(s as usize) >= n {
        // SAFETY: forwarded caller contract; either d <= s or the ranges are disjoint.
        unsafe { copy_forward(d, s, n) }
    } else {
        // SAFETY: forwarded caller contract; d > s.
        unsafe { copy_backward(d, s, n) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap() {
        crate::string::avx2::each_tier(|_| overlap_once());
    }

    fn overlap_once() {
        for n in (0..80).chain([255, 256, 257, 511, 512, 513, 700]) {
            for (from, to) in [(0usize, 5usize), (5, 0), (0, 40), (3, 3), (1, 67), (67, 1)] {
                let mut buf: Vec<u8> = (0..800u32).map(|i| (i * 7) as u8).collect();
                let mut want = buf.clone();
                want.copy_within(from..from + n, to);
                // SAFETY: both ranges are inside the buffer.
                unsafe {
                    let p = buf.as_mut_ptr();
                    bcopy(p.add(from).cast(), p.add(to).cast(), n);
                }
                assert_eq!(buf, want);
            }
        }
    }
}

//! `mempcpy` (GNU extension; musl: src/string/mempcpy.c).
use crate::abi::types::{c_void, size_t};
use crate::string::memcpy::copy_forward;

/// `void *mempcpy(void *restrict dest, const void *restrict src, size_t n);`
///
/// Returns `dest + n`.
///
/// # Safety
/// `src` readable and `dest` writable for `n` bytes, not overlapping.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mempcpy(dest: *mut c_void, src: *const c_void, n: size_t) -> *mut c_void {
    // SAFETY: forwarded caller contract.
    unsafe { copy_forward(dest.cast(), src.cast(), n) };
    dest.cast::<u8>().wrapping_add(n).cast()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn returns_end() {
        crate::string::avx2::each_tier(|_| returns_end_once());
    }

    fn returns_end_once() {
        for n in (0..70).chain([255, 256, 257, 511, 512, 513, 700, 4096, 9000]) {
            let src: Vec<u8> = (0..n).map(|i| i as u8).collect();
            let mut dst = vec![0u8; n];
            // SAFETY: both buffers hold n bytes.
            let r = unsafe { mempcpy(dst.as_mut_ptr().cast(), src.as_ptr().cast(), n) };
            assert_eq!(r, dst.as_mut_ptr().wrapping_add(n).cast());
            assert_eq!(dst, src);
        }
    }
}

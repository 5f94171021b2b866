//! `strcpy` (C11 7.24.2.3; musl: src/string/strcpy.c).
use crate::abi::types::c_char;
use crate::string::memcpy::copy_forward;
use crate::string::strlen::str_len;
use crate::string::{avx2, avx2_copy};

/// `strcpy(d, s)` once the exported `strcpy` (`arch/x86_64/string_copy.rs`) copied the
/// first `done` bytes (none of them NUL): copies the rest, returns `d`.
///
/// # Safety
/// As `strcpy`, with AVX2 usable; the first `done` bytes of `s` are not NUL.
#[target_feature(enable = "avx2")]
pub(crate) unsafe extern "C" fn strcpy_after(d: *mut u8, s: *const u8, done: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract: the string goes on at `s + done`.
    unsafe { avx2_copy::copy_str::<false>(d.add(done), s.add(done)) };
    d
}

/// `char *strcpy(char *restrict dest, const char *restrict src);`
///
/// # Safety
/// `src` is NUL-terminated; `dest` has room for it and its NUL; they do not overlap.
// (Exported through the assembly entry `__rcc_strcpy` in arch/x86_64/string_copy.rs,
// which on the AVX-512 tier copies strings itself in 64-byte blocks and comes here only
// for a `src` within 256 bytes of its page end; past 8 KiB it may go on in
// `strcpy_after`.)
pub unsafe extern "C" fn strcpy(dest: *mut c_char, src: *const c_char) -> *mut c_char {
    if avx2::ready() {
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_copy::copy_str::<false>(dest.cast(), src.cast()) }.cast();
    }
    // SAFETY: forwarded caller contract.
    unsafe { slow(dest, src) }
}

/// `strcpy` before the CPU check has run, or without AVX2.
///
/// # Safety
/// As `strcpy`.
#[inline(never)]
unsafe fn slow(dest: *mut c_char, src: *const c_char) -> *mut c_char {
    if avx2::usable() {
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_copy::copy_str::<false>(dest.cast(), src.cast()) }.cast();
    }
    // SAFETY: forwarded caller contract: `len + 1` bytes are readable and writable.
    unsafe { copy_forward(dest.cast(), src.cast(), str_len(src.cast()) + 1) };
    dest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_with_nul() {
        crate::string::avx2::each_tier(|_| copies_with_nul_once());
    }

    fn copies_with_nul_once() {
        for n in (0..=300).chain([511, 512, 513, 1000, 4095, 4096]) {
            for off in 0..16 {
                let src: Vec<u8> = (0..n).map(|i| (i % 90) as u8 + 1).chain([0]).collect();
                let mut dst = vec![0xaau8; off + n + 8];
                // SAFETY: room for n + 1 bytes past `off`.
                let r = unsafe { strcpy(dst.as_mut_ptr().add(off).cast(), src.as_ptr().cast()) };
                assert_eq!(r, dst.as_mut_ptr().wrapping_add(off).cast());
                assert_eq!(&dst[off..=off + n], &src[..]);
                assert_eq!(dst[off + n + 1], 0xaa);
            }
        }
    }
}

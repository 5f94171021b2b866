//! `strcat` (C11 7.24.3.1; musl: src/string/strcat.c).
use crate::abi::types::c_char;
use crate::string::memcpy::copy_forward;
use crate::string::strlen::str_len;

/// `char *strcat(char *restrict dest, const char *restrict src);`
///
/// # Safety
/// Both are NUL-terminated; `dest` has room for the result; they do not overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strcat(dest: *mut c_char, src: *const c_char) -> *mut c_char {
    // SAFETY: forwarded caller contract: the result fits in `dest`.
    unsafe {
        let d = dest.cast::<u8>().add(str_len(dest.cast()));
        copy_forward(d, src.cast(), str_len(src.cast()) + 1);
    }
    dest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends() {
        for a in 0..40 {
            for b in 0..40 {
                let mut dst: Vec<u8> = (0..a).map(|_| b'a').chain([0]).collect();
                dst.resize(a + b + 5, 0xcc);
                let src: Vec<u8> = (0..b).map(|_| b'b').chain([0]).collect();
                // SAFETY: room for a + b + 1 bytes.
                let r = unsafe { strcat(dst.as_mut_ptr().cast(), src.as_ptr().cast()) };
                assert_eq!(r, dst.as_mut_ptr().cast());
                assert!(dst[..a].iter().all(|&x| x == b'a'));
                assert!(dst[a..a + b].iter().all(|&x| x == b'b'));
                assert_eq!(dst[a + b], 0);
                assert_eq!(dst[a + b + 1], 0xcc);
            }
        }
    }
}

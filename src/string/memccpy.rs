//! `memccpy` (POSIX.1-2001 XSI, C23 7.26.2.2; musl: src/string/memccpy.c).
use crate::abi::types::{c_int, c_void, size_t};
use crate::string::memchr::find_byte;
use crate::string::memcpy::copy_forward;

/// `void *memccpy(void *restrict dest, const void *restrict src, int c, size_t n);`
///
/// Copies bytes up to and including the first `(unsigned char)c`, at most `n`; returns the
/// byte after that copy of `c` in `dest`, or null if `c` was not among the `n` bytes.
///
/// # Safety
/// `src` readable for `n` bytes (or up to the first `c`), `dest` writable for as many;
/// the ranges do not overlap.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn memccpy(
    dest: *mut c_void,
    src: *const c_void,
    c: c_int,
    n: size_t,
) -> *mut c_void {
    let (d, s) = (dest.cast::<u8>(), src.cast::<u8>());
    // SAFETY: the search reads only what the caller provides; the copy covers bytes the
    // search has proved readable, into `dest`, which has room for them.
    unsafe {
        let hit = find_byte(s, c as u8, n);
        if hit.is_null() {
            copy_forward(d, s, n);
            return core::ptr::null_mut();
        }
        let k = hit as usize - s as usize + 1;
        copy_forward(d, s, k);
        d.add(k).cast()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_after_c() {
        let src = b"hello, world";
        let mut d = [0u8; 16];
        // SAFETY: buffers are large enough.
        let r = unsafe {
            memccpy(
                d.as_mut_ptr().cast(),
                src.as_ptr().cast(),
                b',' as c_int,
                12,
            )
        };
        assert_eq!(r, d.as_mut_ptr().wrapping_add(6).cast());
        assert_eq!(&d[..7], b"hello,\0");
        let mut d = [0u8; 16];
        // SAFETY: as above.
        let r = unsafe { memccpy(d.as_mut_ptr().cast(), src.as_ptr().cast(), b'#' as c_int, 5) };
        assert!(r.is_null());
        assert_eq!(&d[..6], b"hello\0");
        // SAFETY: n == 0 touches nothing.
        assert!(unsafe { memccpy(d.as_mut_ptr().cast(), src.as_ptr().cast(), 0, 0) }.is_null());
        // SAFETY: the byte 0x168 converts to 0x68 ('h').
        let r = unsafe { memccpy(d.as_mut_ptr().cast(), src.as_ptr().cast(), 0x168, 12) };
        assert_eq!(r, d.as_mut_ptr().wrapping_add(1).cast());
    }
}

//! The line readers' inner loop (no musl counterpart; musl's fgets and getdelim call
//! memchr and then memcpy): buffered input is copied 16 bytes at a time while each block
//! is checked for the delimiter, so a short line costs one pass instead of two calls.
use crate::string::simd;

/// Copies `src` to `dst` in whole 16-byte blocks while a block fits in `lim` bytes,
/// stopping after the first block that holds `delim`. Returns `Ok(k)` when `delim` was
/// found, `k` being the length through it (the rest of its block is stored too, inside
/// `lim`), or `Err(k)` with the `k` bytes copied (a multiple of 16, no delimiter among
/// them).
///
/// # Safety
/// `src..src+lim` readable and `dst..dst+lim` writable, not overlapping.
#[inline(always)]
pub unsafe fn copy_through(
    dst: *mut u8,
    src: *const u8,
    lim: usize,
    delim: u8,
) -> Result<usize, usize> {
    let d = simd::splat(delim);
    let mut off = 0;
    while off + simd::W <= lim {
        // SAFETY: `off + 16 <= lim`, inside both ranges.
        let m = unsafe {
            let b = simd::loadu(src.add(off));
            simd::storeu(dst.add(off), b);
            simd::mask(simd::eq(b, d))
        };
        if m != 0 {
            return Ok(off + m.trailing_zeros() as usize + 1);
        }
        off += simd::W;
    }
    Err(off)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_and_stops() {
        let mut src = [b'a'; 64];
        src[37] = b'\n';
        let mut dst = [0u8; 64];
        // SAFETY: both arrays hold 64 bytes.
        unsafe {
            assert_eq!(
                copy_through(dst.as_mut_ptr(), src.as_ptr(), 64, b'\n'),
                Ok(38)
            );
            assert_eq!(&dst[..38], &src[..38]);
            assert_eq!(
                copy_through(dst.as_mut_ptr(), src.as_ptr(), 48, b'\n'),
                Ok(38)
            );
            assert_eq!(
                copy_through(dst.as_mut_ptr(), src.as_ptr(), 47, b'\n'),
                Err(32)
            );
            assert_eq!(
                copy_through(dst.as_mut_ptr(), src.as_ptr(), 31, b'\n'),
                Err(16)
            );
            assert_eq!(
                copy_through(dst.as_mut_ptr(), src.as_ptr(), 64, b'z'),
                Err(64)
            );
        }
    }
}

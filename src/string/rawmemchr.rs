//! `rawmemchr` (GNU extension; musl has none: glibc string/rawmemchr.c).
use crate::abi::types::{c_int, c_void};
use crate::string::memchr::find_byte;

/// `void *rawmemchr(const void *s, int c);`
///
/// The first byte equal to `(unsigned char)c` at or after `s`, which must exist.
///
/// # Safety
/// `s` is readable up to and including a byte equal to `(unsigned char)c`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn rawmemchr(s: *const c_void, c: c_int) -> *mut c_void {
    // SAFETY: the scan stops at the byte the caller guarantees; find_byte's aligned
    // blocks never leave the pages of the bytes it is allowed to read.
    unsafe { find_byte(s.cast(), c as u8, usize::MAX) }
        .cast_mut()
        .cast()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::Guarded;

    #[test]
    fn finds_last_mapped_byte() {
        let g = Guarded::new();
        for n in 1..=200 {
            let mut v = vec![b'x'; n];
            v[n - 1] = b'!';
            let p = g.place(&v);
            // SAFETY: the '!' is the last mapped byte.
            assert_eq!(
                unsafe { rawmemchr(p.cast(), b'!' as c_int) },
                p.wrapping_add(n - 1).cast()
            );
        }
    }
}

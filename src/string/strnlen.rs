//! `strnlen` (POSIX.1-2008; musl: src/string/strnlen.c).
use crate::abi::types::{c_char, size_t};
use crate::string::memchr::find_byte;

/// `size_t strnlen(const char *s, size_t maxlen);`
///
/// # Safety
/// `s` readable up to its NUL or for `maxlen` bytes, whichever comes first.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strnlen(s: *const c_char, maxlen: size_t) -> size_t {
    // SAFETY: forwarded caller contract: the scan stops at the first NUL.
    let p = unsafe { find_byte(s.cast(), 0, maxlen) };
    if p.is_null() {
        maxlen
    } else {
        p as usize - s as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::Guarded;

    #[test]
    fn limits() {
        for n in 0..=300 {
            for off in 0..16 {
                let mut v = vec![b'q'; off + n + 40];
                v[off + n] = 0;
                let p = v.as_ptr().wrapping_add(off).cast();
                for max in [0, n / 2, n, n + 1, usize::MAX] {
                    // SAFETY: NUL-terminated inside `v`.
                    assert_eq!(unsafe { strnlen(p, max) }, n.min(max), "n={n} off={off}");
                }
            }
        }
    }

    #[test]
    fn ends_before_unmapped_page() {
        let g = Guarded::new();
        for n in 0..=300 {
            let p = g.place(&vec![b'z'; n]);
            // SAFETY: exactly n readable bytes, no NUL, maxlen = n.
            assert_eq!(unsafe { strnlen(p.cast(), n) }, n);
            let mut v = vec![b'z'; n + 1];
            v[n] = 0;
            let p = g.place(&v);
            // SAFETY: NUL is the last mapped byte.
            assert_eq!(unsafe { strnlen(p.cast(), usize::MAX) }, n);
        }
    }
}

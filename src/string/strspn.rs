//! `strspn` (C11 7.24.5.6; musl: src/string/strspn.c).
use crate::abi::types::{c_char, size_t};
use crate::string::byteset::ByteSet;

/// `size_t strspn(const char *s, const char *accept);`
///
/// Length of the initial run of `s` made only of bytes in `accept`.
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strspn(s: *const c_char, accept: *const c_char) -> size_t {
    let (s, acc) = (s.cast::<u8>(), accept.cast::<u8>());
    let mut i = 0;
    // SAFETY: both strings are read only up to their terminators: the NUL of `s` is
    // never in the set (or never equal to a nonzero single byte), so the scan stops.
    unsafe {
        let first = *acc;
        if first == 0 {
            return 0;
        }
        if *acc.add(1) == 0 {
            while *s.add(i) == first {
                i += 1;
            }
            return i;
        }
        let set = ByteSet::of_str(acc);
        while set.contains(*s.add(i)) {
            i += 1;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(s: &[u8], a: &[u8]) {
        let want = s.iter().take_while(|&&b| b != 0 && a.contains(&b)).count();
        let (s0, a0): (Vec<u8>, Vec<u8>) = (
            s.iter().chain(&[0]).copied().collect(),
            a.iter().chain(&[0]).copied().collect(),
        );
        // SAFETY: both NUL-terminated.
        assert_eq!(
            unsafe { strspn(s0.as_ptr().cast(), a0.as_ptr().cast()) },
            want
        );
    }

    #[test]
    fn cases() {
        check(b"", b"");
        check(b"abc", b"");
        check(b"aaab", b"a");
        check(b"aaaa", b"a");
        check(b"abcabcx", b"cba");
        check(b"\xff\x80\x01z", b"\x01\x80\xff");
        let long: Vec<u8> = (0..300).map(|i| b"xyz"[i % 3]).collect();
        check(&long, b"zyx");
        check(&long, b"xy");
    }
}

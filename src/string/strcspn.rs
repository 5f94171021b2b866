//! `strcspn` (C11 7.24.5.3; musl: src/string/strcspn.c).
use crate::abi::types::{c_char, size_t};
use crate::string::byteset::ByteSet;
use crate::string::strchrnul::find_byte_or_nul;

/// Length of the initial run of `s` with no byte from `reject`.
///
/// # Safety
/// Both are NUL-terminated strings.
pub(crate) unsafe fn span_without(s: *const u8, reject: *const u8) -> usize {
    // SAFETY: both strings are read only up to their terminators: NUL is put in the
    // set, so the scan of `s` stops at its end at the latest.
    unsafe {
        if *reject == 0 || *reject.add(1) == 0 {
            return find_byte_or_nul(s, *reject) as usize - s as usize;
        }
        let mut set = ByteSet::of_str(reject);
        set.insert(0);
        let mut i = 0;
        while !set.contains(*s.add(i)) {
            i += 1;
        }
        i
    }
}

/// `size_t strcspn(const char *s, const char *reject);`
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strcspn(s: *const c_char, reject: *const c_char) -> size_t {
    // SAFETY: forwarded caller contract.
    unsafe { span_without(s.cast(), reject.cast()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(s: &[u8], r: &[u8]) {
        let want = s.iter().take_while(|&&b| b != 0 && !r.contains(&b)).count();
        let (s0, r0): (Vec<u8>, Vec<u8>) = (
            s.iter().chain(&[0]).copied().collect(),
            r.iter().chain(&[0]).copied().collect(),
        );
        // SAFETY: both NUL-terminated.
        assert_eq!(
            unsafe { strcspn(s0.as_ptr().cast(), r0.as_ptr().cast()) },
            want
        );
    }

    #[test]
    fn cases() {
        check(b"", b"");
        check(b"abc", b"");
        check(b"abc", b"c");
        check(b"abc", b"x");
        check(b"hello, world", b" ,");
        check(b"\x01\x02\xff\x80", b"\x80\xff");
        let long: Vec<u8> = (0..300).map(|i| b"pqr"[i % 3]).chain(*b"!").collect();
        check(&long, b"!?");
        check(&long, b"?.");
    }
}

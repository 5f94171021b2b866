//! `strstr` (C11 7.24.5.7; musl: src/string/strstr.c).
use crate::abi::types::c_char;
use crate::string::memchr::find_byte;
use crate::string::strchrnul::find_byte_or_nul;
use crate::string::strlen::str_len;
use crate::string::twoway::{Haystack, search};

/// A NUL-terminated haystack whose length is found lazily, a chunk at a time, so a match
/// near the start never pays for scanning a long haystack.
struct Lazy {
    h: *const u8,
    /// The haystack has at least this many bytes.
    known: usize,
    /// `known` is the exact length.
    ended: bool,
}

impl Haystack for Lazy {
    unsafe fn reaches(&mut self, len: usize) -> bool {
        while !self.ended && self.known < len {
            let grow = (len - self.known).max(256);
            // SAFETY: `h + known` is inside the string (at most its NUL was not yet seen),
            // and the scan stops at the terminator.
            let z = unsafe { find_byte(self.h.add(self.known), 0, grow) };
            if z.is_null() {
                self.known += grow;
            } else {
                self.known = z as usize - self.h as usize;
                self.ended = true;
            }
        }
        len <= self.known
    }
}

/// `char *strstr(const char *haystack, const char *needle);`
///
/// # Safety
/// Both are NUL-terminated strings.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strstr(haystack: *const c_char, needle: *const c_char) -> *mut c_char {
    let x = needle.cast::<u8>();
    // SAFETY: forwarded caller contract; all reads stop at the terminators.
    unsafe {
        if *x == 0 {
            return haystack.cast_mut();
        }
        let h = find_byte_or_nul(haystack.cast(), *x);
        if *h == 0 {
            return core::ptr::null_mut();
        }
        if *x.add(1) == 0 {
            return h.cast_mut().cast();
        }
        let m = str_len(x);
        let mut hay = Lazy {
            h,
            known: 1,
            ended: false,
        };
        search(h, &mut hay, x, m).cast_mut().cast()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::{Guarded, Rng};

    fn check(h: &[u8], x: &[u8]) {
        let want = if x.is_empty() {
            Some(0)
        } else {
            h.windows(x.len()).position(|w| w == x)
        };
        let h0: Vec<u8> = h.iter().chain(&[0]).copied().collect();
        let x0: Vec<u8> = x.iter().chain(&[0]).copied().collect();
        // SAFETY: both NUL-terminated.
        let r = unsafe { strstr(h0.as_ptr().cast(), x0.as_ptr().cast()) };
        let got = (!r.is_null()).then(|| r as usize - h0.as_ptr() as usize);
        assert_eq!(got, want, "h={h:?} x={x:?}");
    }

    #[test]
    fn random_small_alphabets() {
        let mut rng = Rng(7);
        for round in 0..20000 {
            let k = 1 + (round % 3) as u8;
            let h: Vec<u8> = (0..(rng.next() % 70) as usize)
                .map(|_| rng.small(k))
                .collect();
            let x: Vec<u8> = (0..(rng.next() % 7) as usize)
                .map(|_| rng.small(k))
                .collect();
            check(&h, &x);
        }
        let long: Vec<u8> = (0..3000).map(|i| b"abcab"[i % 5]).collect();
        check(&long, b"cabb");
        check(&long, b"bcabca");
    }

    #[test]
    fn linear_worst_case() {
        let h = vec![b'a'; 300_000];
        let mut x = vec![b'a'; 100_000];
        *x.last_mut().unwrap() = b'b';
        check(&h, &x);
    }

    #[test]
    fn ends_before_unmapped_page() {
        let g = Guarded::new();
        for n in 0..=200 {
            let mut v = vec![b'a'; n + 1];
            v[n] = 0;
            let p = g.place(&v);
            // SAFETY: the haystack's NUL is the last mapped byte.
            assert!(unsafe { strstr(p.cast(), c"aab".as_ptr()) }.is_null());
            // SAFETY: as above.
            let r = unsafe { strstr(p.cast(), c"aa".as_ptr()) };
            assert_eq!(r.is_null(), n < 2);
        }
    }
}

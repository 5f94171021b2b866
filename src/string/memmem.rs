//! `memmem` (GNU extension, POSIX.1-2024; musl: src/string/memmem.c).
use crate::abi::types::{c_void, size_t};
use crate::string::memchr::find_byte;
use crate::string::twoway::{Haystack, search};

/// A haystack of known length.
struct Bounded(usize);

impl Haystack for Bounded {
    unsafe fn reaches(&mut self, len: usize) -> bool {
        len <= self.0
    }
}

/// The first occurrence of `x[..m]` in `h[..n]`, or null.
///
/// # Safety
/// `h` readable for `n` bytes, `x` for `m`.
pub(crate) unsafe fn find(h: *const u8, n: usize, x: *const u8, m: usize) -> *const u8 {
    if m == 0 {
        return h;
    }
    if m > n {
        return core::ptr::null();
    }
    // SAFETY: forwarded caller contract; `x[0]` exists since m >= 1.
    let p = unsafe { find_byte(h, *x, n - m + 1) };
    if p.is_null() || m == 1 {
        return p;
    }
    let skip = p as usize - h as usize;
    // SAFETY: `p..h+n` is a suffix of the haystack.
    unsafe { search(p, &mut Bounded(n - skip), x, m) }
}

/// `void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);`
///
/// # Safety
/// `haystack` readable for `haystacklen` bytes, `needle` for `needlelen`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn memmem(
    haystack: *const c_void,
    haystacklen: size_t,
    needle: *const c_void,
    needlelen: size_t,
) -> *mut c_void {
    // SAFETY: forwarded caller contract.
    unsafe { find(haystack.cast(), haystacklen, needle.cast(), needlelen) }
        .cast_mut()
        .cast()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::Rng;

    fn naive(h: &[u8], x: &[u8]) -> Option<usize> {
        if x.is_empty() {
            return Some(0);
        }
        h.windows(x.len()).position(|w| w == x)
    }

    fn check(h: &[u8], x: &[u8]) {
        // SAFETY: slices give the lengths.
        let r = unsafe { memmem(h.as_ptr().cast(), h.len(), x.as_ptr().cast(), x.len()) };
        let got = (!r.is_null()).then(|| r as usize - h.as_ptr() as usize);
        assert_eq!(got, naive(h, x), "h={h:?} x={x:?}");
    }

    #[test]
    fn random_small_alphabets() {
        let mut rng = Rng(99);
        for round in 0..20000 {
            let k = 1 + (round % 4) as u8;
            let hl = (rng.next() % 60) as usize;
            let nl = (rng.next() % 9) as usize;
            let h: Vec<u8> = (0..hl).map(|_| rng.small(k)).collect();
            let mut x: Vec<u8> = (0..nl).map(|_| rng.small(k)).collect();
            if round % 3 == 0 && hl >= nl {
                let at = (rng.next() as usize) % (hl - nl + 1);
                x.copy_from_slice(&h[at..at + nl]);
            }
            check(&h, &x);
        }
    }

    #[test]
    fn periodic_needles() {
        for p in ["ab", "aab", "abaab", "aaaa", "abcabd"] {
            for reps in 1..6 {
                let x: Vec<u8> = p.bytes().cycle().take(p.len() * reps).collect();
                for pre in 0..8 {
                    let mut h: Vec<u8> = p.bytes().cycle().take(pre * 3 + x.len() - 1).collect();
                    check(&h, &x);
                    h.extend_from_slice(&x);
                    check(&h, &x);
                }
            }
        }
    }

    #[test]
    fn linear_worst_case() {
        // Quadratic algorithms take ~10^10 steps here; two-way takes ~10^6.
        let h = vec![b'a'; 400_000];
        let mut x = vec![b'a'; 100_000];
        x[0] = b'b';
        check(&h, &x);
        x[0] = b'a';
        *x.last_mut().unwrap() = b'b';
        check(&h, &x);
    }
}

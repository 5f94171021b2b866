//! `strncmp` (C11 7.24.4.4; musl: src/string/strncmp.c).
use crate::abi::types::{c_char, c_int, size_t};
use crate::string::memchr::low_bits;
use crate::string::simd::{self, W};
use crate::string::strcmp::near_page_end;

/// `int strncmp(const char *s1, const char *s2, size_t n);`
///
/// # Safety
/// `s1` and `s2` readable up to their NUL or for `n` bytes, whichever comes first.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strncmp(s1: *const c_char, s2: *const c_char, n: size_t) -> c_int {
    let (mut a, mut b, mut rem) = (s1.cast::<u8>(), s2.cast::<u8>(), n);
    // SAFETY: as in `strcmp`; a 16-byte load is only made when neither pointer is within
    // 16 bytes of its page end, and bytes past `n` are ignored.
    unsafe {
        while rem > 0 {
            if near_page_end(a) || near_page_end(b) {
                let (x, y) = (*a, *b);
                if x != y || x == 0 {
                    return x as c_int - y as c_int;
                }
                a = a.add(1);
                b = b.add(1);
                rem -= 1;
                continue;
            }
            let (x, y) = (simd::loadu(a), simd::loadu(b));
            let mut m = simd::zero_mask(simd::min(x, simd::eq(x, y)));
            if rem < W {
                m &= low_bits(rem);
            }
            if m != 0 {
                let j = m.trailing_zeros() as usize;
                return *a.add(j) as c_int - *b.add(j) as c_int;
            }
            if rem <= W {
                return 0;
            }
            a = a.add(W);
            b = b.add(W);
            rem -= W;
        }
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::Guarded;

    fn reference(a: &[u8], b: &[u8], n: usize) -> core::cmp::Ordering {
        let cut = |s: &[u8]| {
            s.iter()
                .take(n)
                .position(|&x| x == 0)
                .unwrap_or(n.min(s.len()))
        };
        a[..cut(a)].cmp(&b[..cut(b)])
    }

    #[test]
    fn against_reference() {
        for len in 0..=140 {
            for off in 0..16 {
                let a: Vec<u8> = (0..len).map(|i| (i % 9) as u8 + b'0').chain([0]).collect();
                let mut b = vec![0u8; off];
                b.extend_from_slice(&a);
                if len > 0 {
                    b[off + len * 2 / 3] = b'x';
                }
                for n in [
                    0,
                    1,
                    len / 2,
                    len * 2 / 3,
                    len * 2 / 3 + 1,
                    len,
                    len + 1,
                    usize::MAX,
                ] {
                    // SAFETY: both NUL-terminated.
                    let r = unsafe { strncmp(a.as_ptr().cast(), b.as_ptr().add(off).cast(), n) };
                    assert_eq!(
                        r.cmp(&0),
                        reference(&a, &b[off..], n),
                        "len={len} off={off} n={n}"
                    );
                }
            }
        }
    }

    #[test]
    fn ends_before_unmapped_page() {
        let g = Guarded::new();
        for n in 0..=100 {
            let p = g.place(&vec![b'e'; n]);
            let q = vec![b'e'; n + 20];
            // SAFETY: p has n readable bytes, no NUL; the limit is n.
            assert_eq!(unsafe { strncmp(p.cast(), q.as_ptr().cast(), n) }, 0);
        }
    }
}

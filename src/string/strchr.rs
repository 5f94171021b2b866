//! `strchr` (C11 7.24.5.2; musl: src/string/strchr.c).
use crate::abi::types::{c_char, c_int};
use crate::string::strchrnul::find_slow;
use crate::string::{avx2, avx2_head, avx512_scan};

/// `char *strchr(const char *s, int c);`
///
/// `c` is converted to `char`; `strchr(s, 0)` returns the terminator.
///
/// # Safety
/// `s` points to a NUL-terminated string.
// (Exported through the assembly entry `__rcc_strchr` in arch/x86_64/string_entry.rs,
// which does short inputs on the AVX-512 tier itself and jumps here for the rest.)
pub unsafe extern "C" fn strchr(s: *const c_char, c: c_int) -> *mut c_char {
    let t = avx2::tier();
    if avx2::wide(t) {
        // SAFETY: forwarded caller contract; AVX-512 was just checked.
        return unsafe { avx512_scan::strchr(s.cast(), c as u8) }
            .cast_mut()
            .cast();
    }
    if t == avx2::AVX2 {
        // SAFETY: forwarded caller contract; AVX2 was just checked.
        return unsafe { avx2_head::strchr(s.cast(), c as u8) }
            .cast_mut()
            .cast();
    }
    // SAFETY: forwarded caller contract; the result lies inside the string.
    let p = unsafe { find_slow(s.cast(), c as u8) };
    // SAFETY: `p` points into the string (at a match or the terminator).
    if unsafe { *p } == c as u8 {
        p.cast_mut().cast()
    } else {
        core::ptr::null_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::string::testutil::Guarded;

    fn reference(h: &[u8], c: u8) -> Option<usize> {
        let n = h.iter().position(|&b| b == 0).unwrap();
        h[..=n].iter().position(|&b| b == c)
    }

    #[test]
    fn against_reference() {
        crate::string::avx2::each_tier(|_| {
            for n in 0..=300 {
                for off in 0..16 {
                    let mut v: Vec<u8> = (0..off + n + 40).map(|i| (i % 7) as u8 + b'a').collect();
                    v[off + n] = 0;
                    for c in [b'a', b'c', b'g', b'z', 0] {
                        let p = v.as_ptr().wrapping_add(off);
                        // SAFETY: NUL-terminated inside `v`.
                        let r = unsafe { strchr(p.cast(), c as c_int) };
                        let got = (!r.is_null()).then(|| r as usize - p as usize);
                        assert_eq!(got, reference(&v[off..], c), "n={n} off={off} c={c}");
                    }
                }
            }
        });
    }

    #[test]
    fn ends_before_unmapped_page() {
        crate::string::avx2::each_tier(|_| {
            let g = Guarded::new();
            for n in 0..=300 {
                let mut v = vec![b'm'; n + 1];
                v[n] = 0;
                let p = g.place(&v);
                // SAFETY: NUL is the last mapped byte.
                assert!(unsafe { strchr(p.cast(), b'x' as c_int) }.is_null());
                // SAFETY: as above.
                assert_eq!(unsafe { strchr(p.cast(), 0) }, p.wrapping_add(n).cast());
                if n > 0 {
                    v[n - 1] = b'x';
                    let p = g.place(&v);
                    // SAFETY: as above.
                    let r = unsafe { strchr(p.cast(), b'x' as c_int) };
                    assert_eq!(r, p.wrapping_add(n - 1).cast());
                }
            }
        });
    }
}

//! Tests of the memcpy, memmove and memset entries (`string_mem.rs`), called by their
//! `__rcc_` names on every tier: sizes to 600 bytes at several offsets (and with both
//! pointers at 64-byte boundaries), nothing written outside the range, memmove between
//! overlapping ranges both ways.

use crate::abi::types::{c_int, c_void};
use crate::string::avx2::each_tier;
use crate::string::testutil::Rng;

unsafe extern "C" {
    fn __rcc_memcpy(d: *mut c_void, s: *const c_void, n: usize) -> *mut c_void;
    fn __rcc_memmove(d: *mut c_void, s: *const c_void, n: usize) -> *mut c_void;
    fn __rcc_memset(d: *mut c_void, c: c_int, n: usize) -> *mut c_void;
}

/// Every size to 300, then to 600 those near a 64-byte multiple and every seventh.
fn sizes() -> impl Iterator<Item = usize> {
    (0..=600).filter(|n| *n <= 300 || n % 7 == 0 || n % 64 < 2 || n % 64 == 63)
}
const OFFSETS: [usize; 5] = [0, 1, 7, 32, 63];

#[test]
fn memcpy_each_size() {
    each_tier(|_| {
        let mut rng = Rng(0xc0b);
        let src: Vec<u8> = (0..700).map(|_| rng.small(255)).collect();
        for n in sizes() {
            for (so, doff) in OFFSETS.iter().zip(OFFSETS.iter().rev()) {
                let mut dst = vec![0u8; 700];
                let d = dst[doff + 8..].as_mut_ptr();
                // SAFETY: n bytes readable at src + so and writable at d (n + 71 < 700).
                let r = unsafe { __rcc_memcpy(d.cast(), src[*so..].as_ptr().cast(), n) };
                assert_eq!(r, d.cast(), "n={n}");
                assert_eq!(&dst[doff + 8..doff + 8 + n], &src[*so..*so + n], "n={n}");
                assert!(dst[..doff + 8].iter().all(|&b| b == 0), "n={n}");
                assert!(dst[doff + 8 + n..].iter().all(|&b| b == 0), "n={n}");
            }
        }
    });
}

/// A buffer at a 64-byte boundary, for the paths taken when both pointers are at one.
#[repr(C, align(64))]
struct Lines([u8; 1024]);

#[test]
fn memcpy_each_size_line_aligned() {
    each_tier(|_| {
        let mut rng = Rng(0x11e);
        let mut src = Lines([0; 1024]);
        src.0.iter_mut().for_each(|b| *b = rng.small(255));
        for n in sizes() {
            for (so, doff) in [(0, 0), (64, 128), (128, 64)] {
                let mut dst = Lines([0; 1024]);
                let d = dst.0[doff..].as_mut_ptr();
                // SAFETY: n bytes readable at src + so and writable at d (n + 128 < 1024).
                let r = unsafe { __rcc_memcpy(d.cast(), src.0[so..].as_ptr().cast(), n) };
                assert_eq!(r, d.cast(), "n={n}");
                assert_eq!(&dst.0[doff..doff + n], &src.0[so..so + n], "n={n}");
                assert!(dst.0[..doff].iter().all(|&b| b == 0), "n={n}");
                assert!(dst.0[doff + n..].iter().all(|&b| b == 0), "n={n}");
            }
        }
    });
}

#[test]
fn memmove_each_size_and_overlap() {
    each_tier(|_| {
        let mut rng = Rng(0x30e);
        let init: Vec<u8> = (0..1000).map(|_| rng.small(255)).collect();
        for n in sizes() {
            for shift in [1usize, 3, 16, 31, 32, 33, 64, 100, 256, 301] {
                for forward in [false, true] {
                    let mut buf = init.clone();
                    let (s, d) = if forward {
                        (50, 50 + shift)
                    } else {
                        (50 + shift, 50)
                    };
                    let want: Vec<u8> = {
                        let mut w = init.clone();
                        w.copy_within(s..s + n, d);
                        w
                    };
                    let p = buf.as_mut_ptr();
                    // SAFETY: both ranges lie in `buf` (50 + 301 + 600 < 1000).
                    let r = unsafe { __rcc_memmove(p.add(d).cast(), p.add(s).cast(), n) };
                    assert_eq!(r, p.wrapping_add(d).cast());
                    assert!(buf == want, "n={n} shift={shift} forward={forward}");
                }
            }
        }
    });
}

#[test]
fn memset_each_size() {
    each_tier(|_| {
        for n in sizes() {
            for off in OFFSETS {
                for c in [0, 0xa5, 0x17f] {
                    let mut buf = vec![0x11u8; 700];
                    let d = buf[off + 8..].as_mut_ptr();
                    // SAFETY: n bytes writable at d.
                    let r = unsafe { __rcc_memset(d.cast(), c, n) };
                    assert_eq!(r, d.cast());
                    let v = c as u8;
                    assert!(buf[off + 8..off + 8 + n].iter().all(|&b| b == v), "n={n}");
                    assert!(buf[..off + 8].iter().all(|&b| b == 0x11), "n={n}");
                    assert!(buf[off + 8 + n..].iter().all(|&b| b == 0x11), "n={n}");
                }
            }
        }
    });
}

//! Random cases for the assembly string entries against plain Rust models, on every
//! tier: lengths up to 2100 bytes placed anywhere in two pages that an unmapped page
//! follows (a third of them ending at its edge); for the scans and compares small
//! alphabets, one byte of the second string changed and leftover bytes past the NUL; for
//! the copies a buffer of known bytes around the destination. (A run of this kind
//! against glibc found a strcmp bug that the targeted tests had missed.)

use crate::abi::types::{c_int, c_void};
use crate::string::PAGE;
use crate::string::avx2::each_tier;
use crate::string::testutil::{Guarded, Rng};

unsafe extern "C" {
    fn __rcc_strlen(s: *const u8) -> usize;
    fn __rcc_strchr(s: *const u8, c: c_int) -> *const u8;
    fn __rcc_strrchr(s: *const u8, c: c_int) -> *const u8;
    fn __rcc_memchr(s: *const u8, c: c_int, n: usize) -> *const u8;
    fn __rcc_strcmp(a: *const u8, b: *const u8) -> c_int;
    fn __rcc_memcmp(a: *const c_void, b: *const c_void, n: usize) -> c_int;
}

/// `i` bytes on from `p`, or null.
fn at(p: *const u8, i: Option<usize>) -> *const u8 {
    i.map_or(core::ptr::null(), |i| p.wrapping_add(i))
}

#[test]
fn scan_and_compare_entries_at_random() {
    each_tier(|_| {
        let (g, h) = (Guarded::pages(2), Guarded::pages(2));
        let (ga, hb) = (
            g.end().wrapping_sub(2 * PAGE),
            h.end().wrapping_sub(2 * PAGE),
        );
        let mut rng = Rng(0x5eed_f00d);
        for _ in 0..60_000 {
            let n = random_len(&mut rng, 700);
            let room = 2 * PAGE - n - 1;
            let at_end = rng.next().is_multiple_of(3);
            let oa = if at_end {
                room
            } else {
                rng.next() as usize % room
            };
            let ob = if at_end && rng.next().is_multiple_of(2) {
                room
            } else {
                rng.next() as usize % room
            };
            // SAFETY: n + 1 bytes from oa (ob) lie in g's (h's) two pages.
            let (a, b) = unsafe {
                (
                    core::slice::from_raw_parts_mut(ga.add(oa), n + 1),
                    core::slice::from_raw_parts_mut(hb.add(ob), n + 1),
                )
            };
            let k = rng.small(4);
            for x in a[..n].iter_mut() {
                *x = b'a' - 1 + rng.small(k);
            }
            a[n] = 0;
            b.copy_from_slice(a);
            if n > 0 && rng.next().is_multiple_of(2) {
                let p = rng.next() as usize % n;
                b[p] ^= if rng.next().is_multiple_of(2) {
                    1
                } else {
                    0x80
                };
            }
            let c = match rng.next() % 8 {
                0 => 0,
                1 => 0x100 | c_int::from(b'a'),
                _ => c_int::from(b'a' - 1 + rng.small(k + 1)),
            };
            let cb = c as u8;
            let (pa, pb) = (a.as_ptr(), b.as_ptr());
            let first = if cb == 0 {
                Some(n)
            } else {
                a[..n].iter().position(|&x| x == cb)
            };
            let last = if cb == 0 {
                Some(n)
            } else {
                a[..n].iter().rposition(|&x| x == cb)
            };
            let m = rng.next() as usize % (n + 1);
            let in_tail = a[n - m..n].iter().position(|&x| x == cb);
            // SAFETY: NUL-terminated strings and n readable bytes at pa and pb.
            unsafe {
                assert_eq!(__rcc_strlen(pa), n, "strlen n={n} at {oa}");
                assert_eq!(__rcc_strchr(pa, c), at(pa, first), "strchr n={n} at {oa}");
                assert_eq!(__rcc_strrchr(pa, c), at(pa, last), "strrchr n={n} at {oa}");
                let tail = pa.add(n - m);
                assert_eq!(__rcc_memchr(tail, c, m), at(tail, in_tail), "memchr m={m}");
                let want = a[..n].cmp(&b[..n]);
                let r = __rcc_strcmp(pa, pb);
                assert_eq!(r.cmp(&0), want, "strcmp n={n} at {oa} and {ob}");
                let r = __rcc_strcmp(pb, pa);
                assert_eq!(r.cmp(&0), want.reverse(), "strcmp n={n} at {ob} and {oa}");
                let r = __rcc_memcmp(pa.cast(), pb.cast(), n);
                assert_eq!(r.cmp(&0), want, "memcmp n={n} at {oa} and {ob}");
            }
        }
    });
}

unsafe extern "C" {
    fn __rcc_memcpy(d: *mut c_void, s: *const c_void, n: usize) -> *mut c_void;
    fn __rcc_memmove(d: *mut c_void, s: *const c_void, n: usize) -> *mut c_void;
    fn __rcc_memset(d: *mut c_void, c: c_int, n: usize) -> *mut c_void;
    fn __rcc_strcpy(d: *mut u8, s: *const u8) -> *mut u8;
}

#[test]
fn copy_entries_at_random() {
    // memcpy, strcpy and memset into a buffer of known bytes, memmove within it (either
    // way, overlapping or not); the source anywhere in two pages before an unmapped one.
    each_tier(|_| {
        let g = Guarded::pages(2);
        let ga = g.end().wrapping_sub(2 * PAGE);
        let mut rng = Rng(0xc0b1);
        let (mut buf, mut want) = (vec![0u8; 6000], vec![0u8; 6000]);
        for _ in 0..30_000 {
            let n = random_len(&mut rng, 600);
            let room = 2 * PAGE - n - 1;
            let os = if rng.next().is_multiple_of(3) {
                room
            } else {
                rng.next() as usize % room
            };
            // SAFETY: n + 1 bytes from os lie in g's two pages.
            let src = unsafe { core::slice::from_raw_parts_mut(ga.add(os), n + 1) };
            for x in src[..n].iter_mut() {
                *x = rng.small(255);
            }
            src[n] = 0;
            for (b, w) in buf.iter_mut().zip(want.iter_mut()) {
                *b = 0x5a;
                *w = 0x5a;
            }
            let d = rng.next() as usize % 300;
            let p = buf.as_mut_ptr();
            // SAFETY: every range below lies in `buf` (300 + 2100 + 300 + 2101 < 6000) or
            // in `src`.
            unsafe {
                assert_eq!(
                    __rcc_memcpy(p.add(d).cast(), src.as_ptr().cast(), n),
                    p.add(d).cast()
                );
                want[d..d + n].copy_from_slice(&src[..n]);
                let e = 2500 + rng.next() as usize % 300;
                assert_eq!(__rcc_strcpy(p.add(e), src.as_ptr()), p.add(e));
                want[e..e + n + 1].copy_from_slice(src);
                assert!(buf == want, "memcpy/strcpy n={n} at {os}, to {d} and {e}");
                let c = rng.next() as c_int;
                let f = rng.next() as usize % 300;
                __rcc_memset(p.add(f).cast(), c, n);
                want[f..f + n].fill(c as u8);
                assert!(buf == want, "memset n={n} at {f}");
                let (from, to) = (rng.next() as usize % 600, rng.next() as usize % 600);
                __rcc_memmove(p.add(to).cast(), p.add(from).cast(), n);
                want.copy_within(from..from + n, to);
                assert!(buf == want, "memmove n={n} from {from} to {to}");
            }
        }
    });
}

/// A length below 2100 one time in four, else below `short`.
fn random_len(rng: &mut Rng, short: u64) -> usize {
    (rng.next()
        % if rng.next().is_multiple_of(4) {
            2100
        } else {
            short
        }) as usize
}

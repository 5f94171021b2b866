//! Tests of the assembly string entries (`string_entry.rs`, `string_scan.rs`,
//! `string_memchr.rs`, `string_copy.rs`), called by their `__rcc_` names on every tier.

use crate::abi::types::{c_int, c_void};
use crate::string::PAGE;
use crate::string::avx2::each_tier;
use crate::string::testutil::{Guarded, Rng};
use core::cmp::Ordering;

unsafe extern "C" {
    fn __rcc_memcmp(a: *const c_void, b: *const c_void, n: usize) -> c_int;
    fn __rcc_strlen(s: *const u8) -> usize;
    fn __rcc_strchr(s: *const u8, c: c_int) -> *const u8;
    fn __rcc_memchr(s: *const u8, c: c_int, n: usize) -> *const u8;
    fn __rcc_strcmp(a: *const u8, b: *const u8) -> c_int;
    fn __rcc_strcpy(d: *mut u8, s: *const u8) -> *mut u8;
    fn __rcc_strrchr(s: *const u8, c: c_int) -> *const u8;
}

/// Checks the four string entries on the NUL-terminated bytes at `p` (its string
/// `body`, which has no NUL) against `q` holding the same bytes.
fn check_str(p: *const u8, q: *const u8, body: &[u8]) {
    let n = body.len();
    // SAFETY: `p` is NUL-terminated.
    assert_eq!(unsafe { __rcc_strlen(p) }, n);
    for c in [
        0,
        body.first().map_or(1, |&b| b as c_int),
        0x100 | b'z' as c_int,
        0xff,
    ] {
        let want = if c as u8 == 0 {
            Some(n)
        } else {
            body.iter().position(|&b| b == c as u8)
        };
        // SAFETY: as above.
        let got = unsafe { __rcc_strchr(p, c) };
        assert_eq!(
            got,
            want.map_or(core::ptr::null(), |i| p.wrapping_add(i)),
            "c={c}"
        );
        // SAFETY: `n` bytes readable at `p`.
        let got = unsafe { __rcc_memchr(p, c, n) };
        let want = body.iter().position(|&b| b == c as u8);
        assert_eq!(got, want.map_or(core::ptr::null(), |i| p.wrapping_add(i)));
    }
    // SAFETY: `p` and `q` are NUL-terminated.
    assert_eq!(unsafe { __rcc_strcmp(p, q) }, 0);
}

/// `__rcc_memcmp`'s sign against the slices' order, both ways round.
pub(super) fn check_memcmp(x: &[u8], y: &[u8]) {
    let n = x.len();
    // SAFETY: `n` bytes readable in both.
    let r = unsafe { __rcc_memcmp(x.as_ptr().cast(), y.as_ptr().cast(), n) };
    assert_eq!(r.cmp(&0), x.cmp(y), "n={n}");
    // SAFETY: as above.
    let r = unsafe { __rcc_memcmp(y.as_ptr().cast(), x.as_ptr().cast(), n) };
    assert_eq!(r.cmp(&0), y.cmp(x), "n={n}");
}

#[test]
fn memcmp_short_and_long() {
    each_tier(|_| {
        let mut rng = Rng(0x5eed);
        let a: Vec<u8> = (0..700).map(|_| rng.small(4)).collect();
        for n in (0..=300).chain([383, 384, 600]) {
            for off in [0usize, 1, 31, 33, 63] {
                let x = &a[off..off + n];
                let mut b = x.to_vec();
                check_memcmp(x, &b);
                // A difference in each 32-byte block, and in the last byte.
                for pos in (0..n).step_by(13).chain(n.checked_sub(1)) {
                    for v in [0u8, 0x80, 0xff] {
                        let keep = b[pos];
                        b[pos] = v;
                        check_memcmp(x, &b);
                        b[pos] = keep;
                    }
                }
            }
        }
    });
}

#[test]
fn strlen_every_length_and_offset() {
    // The entry's first block, the three single blocks after it, the group loop (from
    // each place of the first block in 256 bytes) and each block of a group holding the
    // NUL.
    each_tier(|_| {
        let mut v = vec![b'x'; 1700];
        let base = (256 - (v.as_ptr() as usize & 255)) & 255;
        for off in [0, 1, 31, 63, 64, 100, 127, 128, 191, 192, 200, 255] {
            for len in (0..=1100).filter(|l| l % 3 == 0 || l % 64 > 60 || l % 64 < 2) {
                let i = base + off;
                v[i + len] = 0;
                // SAFETY: NUL-terminated at i + len.
                assert_eq!(unsafe { __rcc_strlen(v[i..].as_ptr()) }, len, "off {off}");
                v[i + len] = b'x';
            }
        }
    });
}

#[test]
fn strrchr_each_length_offset_and_match() {
    // Strings ending in the first block and past it, `c` nowhere, once, twice (one
    // before `s` and one after the NUL, which must not count), right before the NUL;
    // `c` = NUL; page ends.
    each_tier(|_| {
        let g = Guarded::new();
        let mut v = vec![b'x'; 400];
        // (At least 64, so that a byte before `s` is in the buffer.)
        let base = 64 + ((64 - (v.as_ptr() as usize & 63)) & 63);
        for off in [0, 1, 17, 40, 63] {
            for len in (0usize..=140).filter(|l| l % 5 == 0 || l % 64 > 60 || l % 64 < 3) {
                let i = base + off;
                v[i - 1] = b'c';
                for pos in [None, Some(0), Some(len / 2), Some(len.saturating_sub(1))] {
                    v[i..i + len].fill(b'x');
                    v[i + len] = 0;
                    v[i + len + 1] = b'c';
                    if let Some(p) = pos.filter(|&p| p < len) {
                        v[i + p] = b'c';
                    }
                    let s = v[i..].as_ptr();
                    let want = v[i..i + len].iter().rposition(|&b| b == b'c');
                    for c in [b'c' as c_int, 0x100 | b'c' as c_int] {
                        // SAFETY: NUL-terminated at i + len.
                        let got = unsafe { __rcc_strrchr(s, c) };
                        assert_eq!(got, want.map_or(core::ptr::null(), |p| s.wrapping_add(p)));
                    }
                    // SAFETY: as above.
                    assert_eq!(unsafe { __rcc_strrchr(s, 0) }, s.wrapping_add(len));
                    v[i + len] = b'x';
                    v[i + len + 1] = b'x';
                }
                v[i - 1] = b'x';
                let mut text = vec![b'y'; len];
                if len > 0 {
                    text[0] = b'c';
                }
                text.push(0);
                let p = g.place(&text);
                // SAFETY: NUL-terminated, ending at the page end.
                let got = unsafe { __rcc_strrchr(p, b'c' as c_int) };
                assert_eq!(
                    got,
                    if len > 0 {
                        p.cast_const()
                    } else {
                        core::ptr::null()
                    }
                );
            }
        }
    });
}

#[test]
fn memchr_each_length_and_block() {
    // 0 to 600 bytes: the short path, each 64-byte block, the pairs and the masked last
    // ones; `c` right past `n` must not be found; buffers that end at an unmapped page.
    each_tier(|_| {
        let g = Guarded::new();
        let mut v = vec![b'x'; 700];
        for off in [0, 1, 33, 63] {
            for n in (0usize..=600).filter(|n| *n <= 300 || n % 5 == 0 || n % 64 < 2) {
                let edges = [
                    63, 64, 127, 128, 130, 191, 192, 200, 255, 256, 319, 320, 383, 384, 447, 448,
                    511,
                ]
                .map(Some);
                for at in [None, Some(0)]
                    .into_iter()
                    .chain(edges)
                    .chain([Some(n.saturating_sub(1))])
                {
                    v.fill(b'x');
                    v[off + n] = b'c';
                    let at = at.filter(|&a| a < n);
                    if let Some(a) = at {
                        v[off + a] = b'c';
                    }
                    let p = v[off..].as_ptr();
                    // SAFETY: n bytes readable at p.
                    let got = unsafe { __rcc_memchr(p, 0x100 | b'c' as c_int, n) };
                    assert_eq!(got, at.map_or(core::ptr::null(), |a| p.wrapping_add(a)));
                    let q = g.place(&v[off..off + n]);
                    // SAFETY: the n bytes end at the page end.
                    let got = unsafe { __rcc_memchr(q, b'c' as c_int, n) };
                    assert_eq!(got, at.map_or(core::ptr::null(), |a| q.wrapping_add(a)));
                }
            }
        }
    });
}

#[test]
fn strchr_each_length_offset_and_match() {
    // `c` in the first block, the single block, the pair and past them, or nowhere (the
    // NUL found in each of those).
    each_tier(|_| {
        let mut v = vec![b'x'; 800];
        let base = (64 - (v.as_ptr() as usize & 63)) & 63;
        for off in [0, 1, 40, 63, 64, 65, 127, 128, 200] {
            for len in (0usize..=330).filter(|l| l % 7 == 0 || l % 64 > 61 || l % 64 < 2) {
                let i = base + off;
                for at in [
                    None,
                    Some(0),
                    Some(63),
                    Some(64),
                    Some(130),
                    Some(200),
                    Some(260),
                ]
                .into_iter()
                .chain([Some(len.saturating_sub(1))])
                {
                    v[i..i + len].fill(b'x');
                    v[i + len] = 0;
                    v[i + len + 1] = b'c';
                    v[i + len + 1] = b'c';
                    let at = at.filter(|&a| a < len);
                    if let Some(a) = at {
                        v[i + a] = b'c';
                    }
                    let s = v[i..].as_ptr();
                    // SAFETY: NUL-terminated at i + len.
                    let got = unsafe { __rcc_strchr(s, 0x100 | b'c' as c_int) };
                    assert_eq!(got, at.map_or(core::ptr::null(), |a| s.wrapping_add(a)));
                    // SAFETY: as above.
                    assert_eq!(unsafe { __rcc_strchr(s, 0) }, s.wrapping_add(len));
                    v[i + len] = b'x';
                    v[i + len + 1] = b'x';
                }
            }
        }
    });
}

#[test]
fn strchr_strlen_strrchr_ending_at_each_page_end_offset() {
    // Strings that start 1 to 400 bytes before their page end and end at it (the next
    // page unmapped): every block, pair and group the entries load stays in the page.
    each_tier(|_| {
        let g = Guarded::new();
        for len in 0usize..400 {
            let mut text = vec![b'x'; len];
            if len > 2 {
                text[len - 2] = b'c';
            }
            text.push(0);
            let p = g.place(&text);
            let want = (len > 2).then(|| p.wrapping_add(len - 2).cast_const());
            // SAFETY: NUL-terminated, ending at the page end.
            unsafe {
                assert_eq!(__rcc_strlen(p), len);
                let c = b'c' as c_int;
                assert_eq!(__rcc_strchr(p, c), want.unwrap_or(core::ptr::null()));
                assert_eq!(__rcc_strrchr(p, c), want.unwrap_or(core::ptr::null()));
                assert_eq!(__rcc_strchr(p, b'q' as c_int), core::ptr::null());
            }
        }
    });
}

#[test]
fn memcmp_at_page_ends() {
    each_tier(|_| {
        let (g1, g2) = (Guarded::new(), Guarded::new());
        for n in 0..=40 {
            let x: Vec<u8> = (0..n as u8).collect();
            let mut y = x.clone();
            let (p, q) = (g1.place(&x), g2.place(&y));
            // SAFETY: both end at their last mapped byte.
            let (sx, sy) = unsafe {
                (
                    core::slice::from_raw_parts(p, n),
                    core::slice::from_raw_parts(q, n),
                )
            };
            check_memcmp(sx, sy);
            if n > 0 {
                y[n - 1] = 200;
                let q = g2.place(&y);
                // SAFETY: as above.
                let sy = unsafe { core::slice::from_raw_parts(q, n) };
                assert_eq!(sx.cmp(sy), Ordering::Less);
                check_memcmp(sx, sy);
            }
        }
    });
}

#[test]
fn str_entries_everywhere() {
    each_tier(|_| {
        let mut rng = Rng(77);
        let text: Vec<u8> = (0..400).map(|_| b'a' + rng.small(26)).collect();
        let (mut va, mut vb) = (vec![0u8; 600], vec![0u8; 600]);
        for n in (0..=140).chain([200, 255, 256, 300]) {
            for (oa, ob) in [(0usize, 0usize), (1, 3), (31, 5), (63, 64), (17, 17)] {
                let body = &text[..n];
                va[oa..oa + n].copy_from_slice(body);
                va[oa + n] = 0;
                vb[ob..ob + n].copy_from_slice(body);
                vb[ob + n] = 0;
                let (p, q) = (va[oa..].as_ptr(), vb[ob..].as_mut_ptr());
                check_str(p, q, body);
                for pos in [0, n / 2, n.saturating_sub(1)]
                    .into_iter()
                    .filter(|&i| i < n)
                {
                    for v in [0u8, 1, 0xff] {
                        // SAFETY: `pos < n`, inside `vb`'s string.
                        unsafe { *q.add(pos) = v };
                        let want = body[pos] as c_int - v as c_int;
                        // SAFETY: both NUL-terminated.
                        assert_eq!(unsafe { __rcc_strcmp(p, q) }, want, "n={n} pos={pos}");
                        // SAFETY: as above.
                        assert_eq!(unsafe { __rcc_strcmp(q, p) }, -want);
                        // SAFETY: as above.
                        unsafe { *q.add(pos) = body[pos] };
                    }
                }
            }
        }
    });
}

#[test]
fn str_entries_at_page_ends() {
    each_tier(|_| {
        let (g1, g2) = (Guarded::new(), Guarded::new());
        for n in 0..=100 {
            let mut x: Vec<u8> = (0..n).map(|i| b'A' + (i % 50) as u8).collect();
            x.push(0);
            let p = g1.place(&x);
            for extra in [0usize, 1, 31, 32, 33, 64] {
                let mut y = x.clone();
                y.resize(n + 1 + extra, b'#');
                let q = g2.place(&y);
                check_str(p, q, &x[..n]);
                // SAFETY: both NUL-terminated.
                assert_eq!(unsafe { __rcc_strcmp(q, p) }, 0);
            }
            // memchr of bytes ending at the page end, and of none at all there.
            // SAFETY: `n` bytes before `end()` are mapped.
            let got = unsafe { __rcc_memchr(g1.end().sub(n), b'#' as c_int, n) };
            assert!(got.is_null());
            // SAFETY: no byte is read for n = 0.
            let got = unsafe { __rcc_memchr(g1.end(), 0, 0) };
            assert!(got.is_null());
        }
    });
}

#[test]
fn memcmp_long_aligned_alike() {
    each_tier(|_| {
        let mut rng = Rng(99);
        let (mut va, mut vb) = (vec![0u8; 2400], vec![0u8; 2400]);
        let align = |v: &[u8]| (64 - (v.as_ptr() as usize & 63)) & 63;
        let (sa, sb) = (align(&va), align(&vb));
        for n in (250..=700).step_by(7).chain([1024, 1025, 2047, 2048]) {
            for off in [0usize, 1, 32, 63] {
                for b in va[sa + off..sa + off + n].iter_mut() {
                    *b = rng.small(255);
                }
                vb[sb + off..sb + off + n].copy_from_slice(&va[sa + off..sa + off + n]);
                let (x, y) = (&va[sa + off..sa + off + n], &mut vb[sb + off..sb + off + n]);
                check_memcmp(x, y);
                for pos in [0, 31, 127, 128, 200, n / 2, n - 129, n - 100, n - 1] {
                    let keep = y[pos];
                    y[pos] = keep.wrapping_add(1 + rng.small(200));
                    // SAFETY: `n` bytes readable in both.
                    let r = unsafe { __rcc_memcmp(x.as_ptr().cast(), y.as_ptr().cast(), n) };
                    assert_eq!(r, x[pos] as c_int - y[pos] as c_int, "n={n} pos={pos}");
                    check_memcmp(x, y);
                    y[pos] = keep;
                }
            }
        }
    });
}

/// `__rcc_strcpy` of the string at `s` (its bytes `body`, no NUL) into a buffer with
/// guard bytes around it: copies the string and its NUL, nothing else, returns `d`.
fn check_strcpy(s: *const u8, body: &[u8], doff: usize) {
    let n = body.len();
    let mut out = vec![0xa5u8; doff + n + 80];
    let d = out[doff..].as_mut_ptr();
    // SAFETY: `s` is NUL-terminated; `d` has room for `n + 1` bytes.
    assert_eq!(unsafe { __rcc_strcpy(d, s) }, d);
    assert_eq!(&out[doff..doff + n], body, "n={n}");
    assert_eq!(out[doff + n], 0);
    assert!(out[..doff].iter().all(|&b| b == 0xa5));
    assert!(out[doff + n + 1..].iter().all(|&b| b == 0xa5), "n={n}");
}

#[test]
fn strcpy_every_length() {
    each_tier(|_| {
        let text: Vec<u8> = (0..5000u32).map(|i| (i % 250) as u8 + 1).collect();
        for n in (0..=700).chain([1000, 1023, 1024, 4095, 4096]) {
            for soff in [0usize, 1, 17, 63] {
                let mut src = vec![0u8; soff + n + 1];
                src[soff..soff + n].copy_from_slice(&text[..n]);
                for doff in [0usize, 3, 64] {
                    check_strcpy(src[soff..].as_ptr(), &text[..n], doff);
                }
            }
        }
    });
}

#[test]
fn strcpy_across_pages_to_a_page_end() {
    // Strings that cross one or two page boundaries and end up to 96 bytes before an
    // unmapped page (non-NUL bytes after the NUL): the loop tests each page end it meets
    // before a load reaches past it.
    each_tier(|_| {
        let g = Guarded::pages(3);
        for n in (3000..9000).step_by(7) {
            let mut x: Vec<u8> = (0..n).map(|i| b'A' + (i % 50) as u8).collect();
            x.push(0);
            x.resize(n + 1 + n % 97, b'z');
            let p = g.place(&x);
            // `d - s` modulo 4 KiB: the loop's order of loads and stores changes with it.
            for delta in [0usize, 3, 64, 511, 512, 2051] {
                let mut out = vec![0xa5u8; n + 2 * PAGE];
                let base = out.as_mut_ptr() as usize;
                let d = (p as usize + delta).wrapping_sub(base) % PAGE;
                // SAFETY: `d + n + 1 <= n + 2 * PAGE`: inside `out`.
                assert_eq!(
                    unsafe { __rcc_strcpy(out.as_mut_ptr().add(d), p) } as usize,
                    base + d
                );
                assert_eq!(&out[d..d + n], &x[..n], "n={n} delta={delta}");
                assert_eq!(out[d + n], 0);
                assert!(out[..d].iter().chain(&out[d + n + 1..]).all(|&b| b == 0xa5));
            }
        }
    });
}

#[test]
fn strcpy_at_page_ends() {
    each_tier(|_| {
        let g = Guarded::new();
        for n in (0..=700).chain([1000, 2000, 4000]) {
            let mut x: Vec<u8> = (0..n).map(|i| b'A' + (i % 50) as u8).collect();
            x.push(0);
            let p = g.place(&x);
            check_strcpy(p, &x[..n], 5);
        }
    });
}

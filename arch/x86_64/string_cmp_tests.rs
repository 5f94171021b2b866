//! Tests of the assembly past the short inputs: memcmp above 256 bytes
//! (`string_cmp_long.rs`) and strcmp past 32 (`string_strcmp.rs`), through the `__rcc_`
//! entries on every tier.

use super::string_entry_tests::check_memcmp;
use crate::abi::types::c_int;
use crate::string::PAGE;
use crate::string::avx2::each_tier;
use crate::string::testutil::{Guarded, Rng};

unsafe extern "C" {
    fn __rcc_strcmp(a: *const u8, b: *const u8) -> c_int;
}

#[test]
fn memcmp_long_every_tail() {
    // `__rcc_memcmp_long`: first group, loop, and each of its three tails (1-32, 33-64,
    // 65-128 bytes left), for pointers aligned alike and not, on both sides of 1536.
    each_tier(|_| {
        let mut rng = Rng(0x10c);
        let a: Vec<u8> = (0..2200).map(|_| rng.small(3)).collect();
        let sizes = (257..=420).chain([511, 512, 513, 700, 1023, 1535, 1536, 1537, 2047]);
        for n in sizes {
            for (oa, ob) in [(0, 0), (32, 0), (5, 5), (3, 1), (0, 63), (64, 7)] {
                let x = &a[oa..oa + n];
                let mut buf = vec![0u8; n + 64];
                buf[ob..ob + n].copy_from_slice(x);
                check_memcmp(x, &buf[ob..ob + n]);
                for pos in [0, 31, 32, 127, 128, 200, n - 129, n - 65, n - 33, n - 1] {
                    let keep = buf[ob + pos];
                    buf[ob + pos] = keep ^ 0x80;
                    check_memcmp(x, &buf[ob..ob + n]);
                    buf[ob + pos] = keep;
                }
            }
        }
    });
}

#[test]
fn memcmp_long_past_704_kib() {
    // Pointers misaligned to each other take `memcmp_shifted` below 704 KiB and the group
    // loop from there on: both sides of that size, a difference anywhere.
    each_tier(|_| {
        let mut rng = Rng(0x704);
        let a: Vec<u8> = (0..800_100).map(|_| rng.small(3)).collect();
        for n in [720_895, 720_896, 800_003] {
            for (oa, ob) in [(3, 1), (0, 33), (7, 7)] {
                let x = &a[oa..oa + n];
                let mut buf = vec![0u8; n + 64];
                buf[ob..ob + n].copy_from_slice(x);
                check_memcmp(x, &buf[ob..ob + n]);
                for pos in [0, 100, n / 2, n - 129, n - 65, n - 1] {
                    for flip in [1, 0x80] {
                        let keep = buf[ob + pos];
                        buf[ob + pos] = keep ^ flip;
                        check_memcmp(x, &buf[ob..ob + n]);
                        buf[ob + pos] = keep;
                    }
                }
            }
        }
    });
}

#[test]
fn memcmp_long_at_page_ends() {
    each_tier(|_| {
        let (g1, g2) = (Guarded::new(), Guarded::new());
        for n in [257, 300, 1000, 1600] {
            let x: Vec<u8> = (0..n).map(|i| (i * 7) as u8).collect();
            let mut y = x.clone();
            y[n - 1] ^= 1;
            let (p, q) = (g1.place(&x), g2.place(&y));
            // SAFETY: both end at their last mapped byte.
            let (sx, sy) = unsafe {
                (
                    core::slice::from_raw_parts(p, n),
                    core::slice::from_raw_parts(q, n),
                )
            };
            check_memcmp(sx, sy);
            check_memcmp(&sx[..n - 1], &sy[..n - 1]);
        }
    });
}

/// `__rcc_strcmp(a, b)`'s sign against the byte strings' order (each NUL-terminated),
/// both ways round.
fn check_strcmp(a: *const u8, b: *const u8) {
    // SAFETY: the callers pass NUL-terminated strings.
    let (x, y) = unsafe {
        (
            core::ffi::CStr::from_ptr(a.cast()).to_bytes(),
            core::ffi::CStr::from_ptr(b.cast()).to_bytes(),
        )
    };
    // SAFETY: as above.
    let (r, s) = unsafe { (__rcc_strcmp(a, b), __rcc_strcmp(b, a)) };
    assert_eq!(r.cmp(&0), x.cmp(y), "len {} {}", x.len(), y.len());
    assert_eq!(s.cmp(&0), y.cmp(x));
}

#[test]
fn strcmp_blocks_groups_and_page_crossings() {
    // Strings 0 or 64 bytes apart modulo 128 (`b`'s groups aligned or crossing its pages
    // in their middle), or misaligned to each other (the shifted loop; 32 and 96: the
    // loop of 32-byte blocks), a stop (difference or NUL) at each interesting place:
    // block and group edges, and around `b`'s page ends.
    each_tier(|_| {
        let mut rng = Rng(0x57c);
        let (mut va, mut vb) = (vec![0u8; 9000], vec![0u8; 9000]);
        let base = |v: &Vec<u8>| (128 - (v.as_ptr() as usize & 127)) & 127;
        let (ba, bb) = (base(&va), base(&vb));
        let lens = [
            33, 63, 64, 65, 100, 128, 200, 255, 256, 257, 383, 384, 385, 1000, 4097,
        ];
        for d in [0, 64, 1, 32, 63, 65, 96, 127] {
            for off in [0, 1, 17, 63, 64, 127] {
                for len in lens {
                    let (ia, ib) = (ba + off + d, bb + off);
                    // Bytes from `b` to its page ends.
                    let room = PAGE - (vb[ib..].as_ptr() as usize & (PAGE - 1));
                    for i in 0..len {
                        va[ia + i] = rng.small(250);
                        vb[ib + i] = va[ia + i];
                    }
                    va[ia + len] = 0;
                    vb[ib + len] = 0;
                    let (pa, pb) = (va[ia..].as_ptr(), vb[ib..].as_ptr());
                    check_strcmp(pa, pb);
                    let fixed = [32, 63, 64, 127, 128, 191, 255, 256, 287, 288, 300, 415, 416];
                    let near_page = [0, 1, 63, 64, 65, 127, 128]
                        .map(|k| room.wrapping_sub(k))
                        .into_iter()
                        .chain([0, 1, 64, 65, 128].map(|k| room + PAGE - k));
                    let ends = [len / 2, len - 1];
                    for pos in fixed.into_iter().chain(near_page).chain(ends) {
                        if pos >= len {
                            continue;
                        }
                        let keep = vb[ib + pos];
                        for v in [0, keep ^ 0x80, keep.wrapping_add(1).max(1)] {
                            vb[ib + pos] = v;
                            check_strcmp(pa, vb[ib..].as_ptr());
                        }
                        vb[ib + pos] = keep;
                    }
                }
            }
        }
    });
}

#[test]
fn strcmp_ending_at_page_ends() {
    // One string ends at the last byte of its page, the next page unmapped (and may
    // cross a page before); the other lies 0 or 64 bytes off modulo 128, or misaligned.
    each_tier(|_| {
        let (g, h) = (Guarded::pages(3), Guarded::pages(4));
        let h_base = h.end().wrapping_sub(4 * PAGE);
        for len in [
            40, 70, 100, 127, 200, 256, 289, 300, 1000, 2000, 4000, 5000, 8000, 12000,
        ] {
            let text: Vec<u8> = (0..len).map(|i| b'a' + (i % 26) as u8).collect();
            let mut bytes = text.clone();
            bytes.push(0);
            let p = g.place(&bytes);
            for d in [0, 64, 1, 32, 63, 96, 100] {
                // In `h` at the same page offset as `p`, plus `d`.
                let q = h_base.wrapping_add((p as usize + d) & (PAGE - 1));
                // SAFETY: q + len + 1 lies within h's four readable pages.
                let t = unsafe { core::slice::from_raw_parts_mut(q, len + 1) };
                t[..len].copy_from_slice(&text);
                t[len] = 0;
                // Either string may be the one ending at the page end.
                check_strcmp(p, q);
                check_strcmp(q, p);
                t[len - 1] = b'~';
                check_strcmp(p, q);
                check_strcmp(q, p);
            }
        }
    });
}

#[test]
fn strcmp_misaligned_first_blocks() {
    // Strings misaligned to each other (the entry's first 32 bytes, then the Rust
    // kernel), a stop at each 32- and 64-byte edge; one string ending at a page end.
    each_tier(|_| {
        let mut rng = Rng(0x3a1);
        let (mut va, mut vb) = (vec![0u8; 700], vec![0u8; 700]);
        let (g, h) = (Guarded::new(), Guarded::new());
        let h_base = h.end().wrapping_sub(PAGE);
        for (oa, ob) in [(0, 1), (3, 0), (17, 50), (63, 2)] {
            for len in (0usize..=300).filter(|l| l % 3 == 0 || l % 32 > 29 || l % 32 < 2) {
                for i in 0..len {
                    va[oa + i] = rng.small(250);
                    vb[ob + i] = va[oa + i];
                }
                va[oa + len] = 0;
                vb[ob + len] = 0;
                let (pa, pb) = (va[oa..].as_ptr(), vb[ob..].as_ptr());
                check_strcmp(pa, pb);
                for pos in [0, 31, 32, 95, 96, 159, 160, 191, 192, 223, 224, 250] {
                    if pos >= len {
                        continue;
                    }
                    let keep = vb[ob + pos];
                    for v in [0, keep ^ 0x80] {
                        vb[ob + pos] = v;
                        check_strcmp(pa, vb[ob..].as_ptr());
                    }
                    vb[ob + pos] = keep;
                }
                // The same string ending at a page end, against a copy near a page start
                // (the or of the page offsets, which the entry tests, stays small).
                let q = g.place(&va[oa..oa + len + 1]);
                let r = h_base.wrapping_add(ob);
                // SAFETY: r + len + 1 lies in h's page.
                let t = unsafe { core::slice::from_raw_parts_mut(r, len + 1) };
                t.copy_from_slice(&va[oa..oa + len + 1]);
                check_strcmp(r, q);
            }
        }
    });
}

#[test]
fn strcmp_stop_before_the_last_64_bytes_of_b_page() {
    // Strings misaligned to each other, `b`'s page ending 65-127 bytes into a group (and
    // elsewhere): the stop (the NUL, or a difference just before it) comes before `b`'s
    // last 64 bytes in its page, and the bytes past the NUL differ (they must not count).
    each_tier(|_| {
        let mut rng = Rng(0x9e5);
        let (mut va, mut vb) = (vec![0u8; 4 * PAGE], vec![0u8; 4 * PAGE]);
        // An index in vb at a page boundary, at least a page in.
        let pe = PAGE + (PAGE - (vb.as_ptr() as usize & (PAGE - 1))) % PAGE;
        let base_a = (128 - (va.as_ptr() as usize & 127)) & 127;
        for d in [1usize, 30, 32, 63, 96] {
            for room in (200..=460).step_by(3) {
                let ib = pe - room;
                // a - b = d modulo 128.
                let ia = base_a + 128 + ((vb.as_ptr() as usize + ib + d) & 127);
                for len in room - 130..room - 60 {
                    for i in 0..len + 200 {
                        va[ia + i] = 1 + rng.small(250);
                        vb[ib + i] = 1 + rng.small(250);
                    }
                    vb[ib..ib + len].copy_from_slice(&va[ia..ia + len]);
                    va[ia + len] = 0;
                    vb[ib + len] = 0;
                    let (pa, pb) = (va[ia..].as_ptr(), vb[ib..].as_ptr());
                    check_strcmp(pa, pb);
                    vb[ib + len - 1] ^= 0x80;
                    check_strcmp(pa, vb[ib..].as_ptr());
                }
            }
        }
    });
}

#[test]
fn strcmp_past_704_kib() {
    // Strings misaligned to each other leave the shifted loop after 176 of `b`'s page
    // ends for the plain group loop: stops before and after that, and `b` ending at an
    // unmapped page. (Both start near their page starts: the entry sends strings whose
    // page offsets or together above 0xf80 to the Rust kernel.)
    each_tier(|_| {
        // `b` at 0x11 past a page start.
        let n = 195 * PAGE + PAGE - 0x11 - 1;
        let mut rng = Rng(0x176);
        let mut text: Vec<u8> = (0..n).map(|_| b'`' + rng.small(3)).collect();
        text.push(0);
        let g = Guarded::pages(200);
        let b = g.place(&text);
        let mut buf = vec![0u8; n + 2 * PAGE];
        let page = (buf.as_ptr() as usize).next_multiple_of(PAGE) - buf.as_ptr() as usize;
        for oa in [0usize, 3, 0x40] {
            let a = &mut buf[page + oa..page + oa + n + 1];
            a.copy_from_slice(&text);
            let pa = a.as_mut_ptr();
            check_strcmp(pa, b);
            for pos in [100, 719_999, 720_896, 760_123, n - 1] {
                // SAFETY: `pos < n`: inside both strings.
                unsafe {
                    let keep = *pa.add(pos);
                    *pa.add(pos) = keep ^ 0x40;
                    check_strcmp(pa, b);
                    *pa.add(pos) = 0;
                    check_strcmp(pa, b);
                    *pa.add(pos) = keep;
                }
            }
        }
    });
}

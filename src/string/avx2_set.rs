//! AVX2 fill kernel behind memset/bzero: overlapping unaligned head and tail stores, then
//! 32-byte aligned stores; no C counterpart. Callers check `avx2::usable()` first.
#![cfg(target_arch = "x86_64")]

use crate::string::avx2::{self, V};

/// Sets `n > 32` bytes at `d` to `c`.
///
/// # Safety
/// AVX2 is usable; `d..d+n` writable.
#[inline]
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn fill(d: *mut u8, c: u8, n: usize) {
    let v = avx2::splat(c);
    // SAFETY: n > 32: every store below lies in `[0, n)`; with n > 4 * 32 the four tail
    // stores start at or after `d + 0`, and aligned stores end before `d + n`.
    unsafe {
        avx2::storeu(d, v);
        avx2::storeu(d.add(n - V), v);
        if n <= 2 * V {
            return;
        }
        let r = d as usize & (V - 1);
        if n > 4 * V && n <= 8 * V && r != 0 {
            // Misaligned: aligned stores between the head and the tail, so that only
            // those two may split a cache line. The aligned offsets `a` (in 1..=31) and
            // `last` (in n-63..=n-32) differ by a multiple of 32 in 64..=192, so the
            // seven stores below cover `a..last + 32` and stay inside it.
            let a = V - r;
            let last = n - ((r + n) & (V - 1)) - V;
            avx2::store(d.add(a), v);
            avx2::store(d.add(a + V), v);
            avx2::store(d.add(a + 2 * V), v);
            avx2::store(d.add(core::cmp::min(a + 3 * V, last)), v);
            avx2::store(d.add(last - 2 * V), v);
            avx2::store(d.add(last - V), v);
            avx2::store(d.add(last), v);
            return;
        }
        avx2::storeu(d.add(V), v);
        avx2::storeu(d.add(n - 2 * V), v);
        if n <= 4 * V {
            return;
        }
        avx2::storeu(d.add(2 * V), v);
        avx2::storeu(d.add(3 * V), v);
        avx2::storeu(d.add(n - 3 * V), v);
        avx2::storeu(d.add(n - 4 * V), v);
        if n <= 8 * V {
            return;
        }
        // First 32-byte aligned offset at or after 4 * 32 - 31; the tail covers the rest.
        let mut i = 4 * V - (d as usize & (V - 1));
        let end = n - 4 * V;
        while i < end {
            avx2::store(d.add(i), v);
            avx2::store(d.add(i + V), v);
            avx2::store(d.add(i + 2 * V), v);
            avx2::store(d.add(i + 3 * V), v);
            i += 4 * V;
        }
    }
}

/// `memset` for `n > 32`: returns `d`.
///
/// # Safety
/// AVX2 is usable; `d..d+n` writable.
#[target_feature(enable = "avx2")]
pub(crate) unsafe fn memset(d: *mut u8, c: u8, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract.
    unsafe { fill(d, c, n) };
    avx2::opaque(d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_and_alignments() {
        if !super::avx2::usable() {
            return;
        }
        for n in (33..=600).chain([4095, 4096, 5000, 70_000]) {
            for off in 0..65 {
                let mut buf = vec![0x11u8; n + 80];
                // SAFETY: AVX2 checked; n bytes past `off` are inside `buf`.
                unsafe { super::fill(buf.as_mut_ptr().add(off), 0xa5, n) };
                assert!(buf[..off].iter().all(|&b| b == 0x11));
                assert!(
                    buf[off..off + n].iter().all(|&b| b == 0xa5),
                    "n={n} off={off}"
                );
                assert!(buf[off + n..].iter().all(|&b| b == 0x11));
            }
        }
    }
}

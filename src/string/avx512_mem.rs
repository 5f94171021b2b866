//! AVX-512 (64-byte block) kernels behind memset/bzero (fill) and, up to 128 bytes,
//! memcpy/memmove/mempcpy (copies); no C counterpart. Callers check that `avx2::tier()`
//! is `avx2::WIDE` first.
#![cfg(target_arch = "x86_64")]

use crate::string::avx2::{self, V};
use crate::string::avx512::{self, Z};

/// Whether the 64-byte copy kernel is used for `n > 32` bytes: up to 128 bytes. Measured
/// on AMD Zen 4 (against the AVX2 kernels): from 129 bytes on, the 32-byte kernels are as
/// fast or faster (copies are store-bound there), and misaligned 64-byte stores forward
/// badly to later loads of the same bytes, so memmove between overlapping ranges (the
/// benchmark's `d = s + 64`) took 6 ns instead of 2.5 at 128 bytes and 12 instead of 7 at
/// 512: memmove uses this kernel only for disjoint ranges.
#[inline(always)]
pub(crate) fn copy_fits(n: usize) -> bool {
    n <= 2 * Z
}

/// Copies `32 < n <= 128` bytes with every load before the first store, so the ranges may
/// overlap in any way.
///
/// # Safety
/// AVX-512 is usable; `s..s+n` readable, `d..d+n` writable.
#[inline]
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn copy_upto_128(d: *mut u8, s: *const u8, n: usize) {
    // SAFETY: with 32 < n <= 64 both 32-byte blocks, and with 64 < n <= 128 both 64-byte
    // blocks, lie in `[0, n)` of both ranges.
    unsafe {
        if n <= Z {
            let (x, y) = (avx2::loadu(s), avx2::loadu(s.add(n - V)));
            avx2::storeu(d, x);
            avx2::storeu(d.add(n - V), y);
        } else {
            let (x, y) = (avx512::loadu(s), avx512::loadu(s.add(n - Z)));
            avx512::storeu(d, x);
            avx512::storeu(d.add(n - Z), y);
        }
    }
}

/// `memcpy` (and memmove of disjoint ranges) for `32 < n <= 128`: returns `d`.
///
/// # Safety
/// AVX-512 is usable; `s..s+n` readable, `d..d+n` writable.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn memcpy(d: *mut u8, s: *const u8, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract.
    unsafe { copy_upto_128(d, s, n) };
    avx2::opaque(d)
}

/// Sets `n > 32` bytes at `d` to `c`.
///
/// # Safety
/// AVX-512 is usable; `d..d+n` writable.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn fill(d: *mut u8, c: u8, n: usize) {
    // SAFETY: each branch only stores blocks that start at or after offset 0 and end at or
    // before `n`, given its lower bound on `n`; aligned stores start after offset 0 and
    // below `n - 64`, so they end before `n`.
    unsafe {
        if n <= Z {
            let v = avx2::splat(c);
            avx2::storeu(d, v);
            avx2::storeu(d.add(n - V), v);
            return;
        }
        let v = avx512::splat(c);
        if n <= 2 * Z {
            avx512::storeu(d, v);
            avx512::storeu(d.add(n - Z), v);
            return;
        }
        if n <= 4 * Z {
            // In ascending order (measured: stores that split cache lines go faster when
            // they fill the lines in order).
            avx512::storeu(d, v);
            avx512::storeu(d.add(Z), v);
            avx512::storeu(d.add(n - 2 * Z), v);
            avx512::storeu(d.add(n - Z), v);
            return;
        }
        // Above 256 bytes: one unaligned block at each end and aligned blocks between,
        // each line written once. Measured on Zen 4: the four-block head and tail this
        // replaced rewrote up to five lines with misaligned stores and cost 47 ns instead
        // of 36 at 4 KiB with `d` 3 bytes past a line (glibc's `rep stosb`: 38 ns).
        avx512::storeu(d, v);
        // First aligned offset in 1..=64, and the offset of the closing unaligned block.
        let mut i = Z - (d as usize & (Z - 1));
        let last = n - Z;
        while i + 3 * Z < last {
            avx512::store(d.add(i), v);
            avx512::store(d.add(i + Z), v);
            avx512::store(d.add(i + 2 * Z), v);
            avx512::store(d.add(i + 3 * Z), v);
            i += 4 * Z;
        }
        while i < last {
            avx512::store(d.add(i), v);
            i += Z;
        }
        avx512::storeu(d.add(last), v);
    }
}

/// `memset` for `n > 32`: returns `d`.
///
/// # Safety
/// AVX-512 is usable; `d..d+n` writable.
#[target_feature(enable = "avx512f,avx512bw")]
pub(crate) unsafe fn memset(d: *mut u8, c: u8, n: usize) -> *mut u8 {
    // SAFETY: forwarded caller contract.
    unsafe { fill(d, c, n) };
    avx2::opaque(d)
}

#[cfg(test)]
mod tests {
    use crate::string::avx2;

    #[test]
    fn fill_sizes_and_alignments() {
        // `each_tier` reaches WIDE only on CPUs that have it, and holds its lock meanwhile.
        avx2::each_tier(|t| {
            if t == avx2::WIDE {
                fill_once();
            }
        });
    }

    fn fill_once() {
        for n in (33..=600).chain([4095, 4096, 5000, 70_000]) {
            for off in 0..65 {
                let mut buf = vec![0x11u8; n + 80];
                // SAFETY: AVX-512 checked; n bytes past `off` are inside `buf`.
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

    #[test]
    fn copy_sizes_alignments_and_overlap() {
        avx2::each_tier(|t| {
            if t == avx2::WIDE {
                copy_once();
            }
        });
    }

    fn copy_once() {
        for n in 33..=128 {
            for (from, to) in [(0usize, 0usize), (1, 3), (63, 0), (0, 64), (64, 0), (5, 9)] {
                let orig: Vec<u8> = (0..400u32).map(|i| (i * 7 + 1) as u8).collect();
                let (mut buf, mut want) = (orig.clone(), orig.clone());
                want.copy_within(from + 100..from + 100 + n, to + 100);
                // SAFETY: AVX-512 checked; both ranges lie inside `buf`; any overlap is
                // allowed.
                unsafe {
                    let p = buf.as_mut_ptr();
                    super::copy_upto_128(p.add(to + 100), p.add(from + 100), n);
                }
                assert!(buf == want, "n={n} from={from} to={to}");
            }
        }
    }
}

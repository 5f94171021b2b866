//! Small-object size classes: multiples of 16 up to 128 bytes, then four classes per power
//! of two up to `SMALL_MAX` (rcc-internal; musl's counterpart: src/malloc/mallocng/meta.h).

/// Largest request served from size classes; bigger blocks are whole pages (medium.rs) or
/// mapped directly (large.rs).
pub const SMALL_MAX: usize = 64 * 1024;
/// Number of classes: 8 of 16..=128, then 4 for each doubling from 256 to 64 KiB.
pub const NCLASS: usize = 8 + 4 * 9;
/// Every block is aligned to this.
pub const ALIGN: usize = 16;

/// The class that serves a request of `n` bytes (`n <= SMALL_MAX`); 0 serves `malloc(0)`.
#[inline(always)]
pub fn class_of(n: usize) -> usize {
    if n <= 128 {
        return n.saturating_sub(1) >> 4;
    }
    let m = n - 1;
    let b = (usize::BITS - 1 - m.leading_zeros()) as usize; // floor(log2(n - 1)) >= 7
    8 + (b - 7) * 4 + ((m >> (b - 2)) - 4)
}

/// The block size of class `c`.
#[inline(always)]
pub const fn class_size(c: usize) -> usize {
    if c < 8 {
        return (c + 1) * 16;
    }
    let j = c - 8;
    let b = 7 + j / 4;
    (5 + j % 4) << (b - 2)
}

/// How many 64 KiB pages a span of class `c` takes: enough for at least 8 blocks.
pub const fn class_pages(c: usize) -> usize {
    let need = 8 * class_size(c);
    let p = need.div_ceil(super::segment::PAGE);
    if p == 0 { 1 } else { p }
}

/// `ceil(2^40 / size) `: `off * inv >> 40 == off / size` for every `off` below 2^22 that
/// `size` divides, which is all a free needs to check a block boundary without dividing.
pub const fn class_inverse(size: usize) -> u64 {
    (1u64 << 40) / size as u64 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_cover_every_size() {
        for n in 0..=SMALL_MAX {
            let c = class_of(n);
            assert!(c < NCLASS, "n={n}");
            assert!(class_size(c) >= n, "n={n}");
            if c > 0 {
                assert!(class_size(c - 1) < n.max(1), "n={n} not the smallest class");
            }
            assert_eq!(class_size(c) % ALIGN, 0);
        }
        assert_eq!(class_size(NCLASS - 1), SMALL_MAX);
    }

    #[test]
    fn small_objects_have_low_overhead() {
        for n in 16..=64 {
            assert!(class_size(class_of(n)) - n < 16);
        }
        for c in 8..NCLASS {
            // At most 25% rounding waste above 128 bytes.
            assert!(class_size(c) * 4 <= class_size(c - 1) * 5 + 16);
        }
    }

    #[test]
    fn inverse_divides_exactly() {
        for c in 0..NCLASS {
            let size = class_size(c);
            let inv = class_inverse(size);
            let span = class_pages(c) * super::super::segment::PAGE;
            let mut k = 0;
            while k * size < span {
                let off = k * size;
                assert_eq!(((off as u64 * inv) >> 40) as usize, k);
                if size > 16 {
                    let q = ((off as u64 + 8) * inv) >> 40;
                    assert_ne!(q as usize * size, off + 8);
                }
                k += 1;
            }
            assert!(span / size >= 8);
        }
    }
}

//! Partitioning around the pivot held at the start of the range. The block partition
//! (BlockQuicksort, as in pdqsort) records comparison results as offsets first and swaps
//! afterwards, so the comparator's answers never steer a branch.
use super::elem::Elem;
use super::pdq::Sorter;

const BLOCK: usize = 64;
const MASK: usize = BLOCK - 1;

impl<E: Elem> Sorter<E> {
    /// Swaps `n` pairs: left element `first + l[sl + k]` with right element
    /// `last - r[sr + k]`.
    ///
    /// # Safety
    /// The offsets name elements in the array; `sl + n` and `sr + n` are at most BLOCK.
    #[inline(always)]
    unsafe fn swap_offsets(
        &self,
        (first, l, sl): (usize, &[u8; BLOCK], usize),
        (last, r, sr): (usize, &[u8; BLOCK], usize),
        n: usize,
    ) {
        for k in 0..n {
            let a = first + l[(sl + k) & MASK] as usize;
            let b = last - r[(sr + k) & MASK] as usize;
            // SAFETY: caller contract.
            unsafe { self.swap(a, b) };
        }
    }

    /// Partitions `[lo, hi)` (pivot at `lo`, `hi - lo >= 3`) into elements less than the
    /// pivot, the pivot, and the rest. Returns the pivot's final position and whether the
    /// range was already partitioned. Positions stay inside the range for any comparator.
    ///
    /// # Safety
    /// `[lo, hi)` is in the array.
    pub(super) unsafe fn partition(&self, lo: usize, hi: usize) -> (usize, bool) {
        // SAFETY: every index is checked against [lo + 1, hi) before use, or is an offset
        // below a block length that was checked to fit between `first` and `last`.
        unsafe {
            let mut first = lo + 1;
            while first < hi && self.less(first, lo) {
                first += 1;
            }
            let mut last = hi;
            while last > first {
                last -= 1;
                if self.less(last, lo) {
                    break;
                }
            }
            let already = first >= last;
            if !already {
                self.swap(first, last);
                first += 1;
            }
            // Invariant: [lo + 1, first) < pivot <= [last, hi); [first, last) unknown.
            let mut ol = [0u8; BLOCK];
            let mut or = [0u8; BLOCK];
            let (mut nl, mut nr, mut sl, mut sr) = (0usize, 0usize, 0usize, 0usize);
            while last > first && last - first > 2 * BLOCK {
                if nl == 0 {
                    sl = 0;
                    for i in 0..BLOCK {
                        ol[nl & MASK] = i as u8;
                        nl += !self.less(first + i, lo) as usize;
                    }
                }
                if nr == 0 {
                    sr = 0;
                    for i in 0..BLOCK {
                        or[nr & MASK] = (i + 1) as u8;
                        nr += self.less(last - 1 - i, lo) as usize;
                    }
                }
                let n = nl.min(nr);
                self.swap_offsets((first, &ol, sl), (last, &or, sr), n);
                nl -= n;
                nr -= n;
                sl += n;
                sr += n;
                if nl == 0 {
                    first += BLOCK;
                }
                if nr == 0 {
                    last -= BLOCK;
                }
            }
            // At most one block is pending; split what is left between the two sides.
            let unknown = last.saturating_sub(first) - if nl > 0 || nr > 0 { BLOCK } else { 0 };
            let (ls, rs) = if nr > 0 {
                (unknown, BLOCK)
            } else if nl > 0 {
                (BLOCK, unknown)
            } else {
                (unknown / 2, unknown - unknown / 2)
            };
            if nl == 0 {
                sl = 0;
                for i in 0..ls {
                    ol[nl & MASK] = i as u8;
                    nl += !self.less(first + i, lo) as usize;
                }
            }
            if nr == 0 {
                sr = 0;
                for i in 0..rs {
                    or[nr & MASK] = (i + 1) as u8;
                    nr += self.less(last - 1 - i, lo) as usize;
                }
            }
            let n = nl.min(nr);
            self.swap_offsets((first, &ol, sl), (last, &or, sr), n);
            nl -= n;
            nr -= n;
            sl += n;
            sr += n;
            if nl == 0 {
                first += ls;
            }
            if nr == 0 {
                last -= rs;
            }
            // One side's block remains: move its misplaced elements to the far end.
            if nl > 0 {
                while nl > 0 {
                    nl -= 1;
                    last -= 1;
                    self.swap(first + ol[(sl + nl) & MASK] as usize, last);
                }
                first = last;
            }
            while nr > 0 {
                nr -= 1;
                self.swap(last - or[(sr + nr) & MASK] as usize, first);
                first += 1;
            }
            let p = first - 1;
            self.swap(lo, p);
            (p, already)
        }
    }

    /// Partitions `[lo, hi)` (pivot at `lo`, every element >= pivot) into elements equal
    /// to the pivot and greater ones; returns the last equal position.
    ///
    /// # Safety
    /// `[lo, hi)` is in the array.
    pub(super) unsafe fn partition_equal(&self, lo: usize, hi: usize) -> usize {
        // SAFETY: `first` stays in [lo, hi) and `last` in [lo, hi) by the loop guards.
        unsafe {
            let mut first = lo;
            let mut last = hi - 1;
            while last > lo && self.less(lo, last) {
                last -= 1;
            }
            loop {
                while first < last {
                    first += 1;
                    if self.less(lo, first) {
                        break;
                    }
                }
                if first >= last {
                    break;
                }
                self.swap(first, last);
                while last > lo {
                    last -= 1;
                    if !self.less(lo, last) {
                        break;
                    }
                }
            }
            self.swap(lo, last);
            last
        }
    }
}

//! The sort's small-range and fallback sorts: insertion sort (in full, or giving up after
//! a few moves) and heapsort. All of them only swap elements inside the array.
use super::elem::Elem;
use super::pdq::Sorter;

/// How many element moves `partial_insertion_sort` may make before giving up.
const PARTIAL_LIMIT: usize = 8;

impl<E: Elem> Sorter<E> {
    /// Sorts `[lo, hi)` by insertion.
    ///
    /// # Safety
    /// `[lo, hi)` is in the array.
    pub(super) unsafe fn insertion_sort(&self, lo: usize, hi: usize) {
        for i in lo + 1..hi.max(lo + 1) {
            // Binary search for the insertion point: fewer comparator calls than a linear
            // scan, which matters when comparisons are expensive (strings).
            let (mut a, mut b) = (lo, i);
            while a < b {
                let m = a + (b - a) / 2;
                // SAFETY: lo <= m < i < hi.
                if unsafe { self.less(i, m) } {
                    b = m;
                } else {
                    a = m + 1;
                }
            }
            let mut j = i;
            while j > a {
                // SAFETY: lo <= a <= j - 1 < j < hi.
                unsafe { self.swap(j, j - 1) };
                j -= 1;
            }
        }
    }

    /// Insertion-sorts `[lo, hi)` but gives up (returning false) once more than a few
    /// elements had to move: the range is then left permuted but not sorted.
    ///
    /// # Safety
    /// `[lo, hi)` is in the array.
    pub(super) unsafe fn partial_insertion_sort(&self, lo: usize, hi: usize) -> bool {
        let mut moved = 0;
        for i in lo + 1..hi.max(lo + 1) {
            let mut j = i;
            // SAFETY: lo <= j - 1 < j < hi.
            while j > lo && unsafe { self.less(j, j - 1) } {
                // SAFETY: as above.
                unsafe { self.swap(j, j - 1) };
                j -= 1;
            }
            moved += i - j;
            if moved > PARTIAL_LIMIT {
                return false;
            }
        }
        true
    }

    /// Sorts `[lo, hi)` with heapsort: the O(n log n) guarantee when quicksort keeps
    /// choosing bad pivots.
    ///
    /// # Safety
    /// `[lo, hi)` is in the array.
    pub(super) unsafe fn heapsort(&self, lo: usize, hi: usize) {
        let n = hi - lo;
        // SAFETY: sift_down only touches lo + [0, len) with len <= n.
        unsafe {
            for i in (0..n / 2).rev() {
                self.sift_down(lo, i, n);
            }
            for end in (1..n).rev() {
                self.swap(lo, lo + end);
                self.sift_down(lo, 0, end);
            }
        }
    }

    /// Restores the max-heap property below `root` in the heap `lo + [0, len)`.
    ///
    /// # Safety
    /// `lo + [0, len)` is in the array.
    unsafe fn sift_down(&self, lo: usize, mut root: usize, len: usize) {
        loop {
            let mut child = 2 * root + 1;
            if child >= len {
                return;
            }
            // SAFETY: child + 1 < len and child < len are checked before use.
            unsafe {
                if child + 1 < len && self.less(lo + child, lo + child + 1) {
                    child += 1;
                }
                if !self.less(lo + root, lo + child) {
                    return;
                }
                self.swap(lo + root, lo + child);
            }
            root = child;
        }
    }
}

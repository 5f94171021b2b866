//! The quicksort driver: pivot choice, pattern breaking, recursion into the smaller side.
use super::elem::Elem;
use crate::abi::types::{c_int, c_void};

/// `qsort`'s and `qsort_r`'s comparators.
#[derive(Clone, Copy)]
pub enum Cmp {
    Plain(unsafe extern "C" fn(*const c_void, *const c_void) -> c_int),
    WithArg(
        unsafe extern "C" fn(*const c_void, *const c_void, *mut c_void) -> c_int,
        *mut c_void,
    ),
}

/// Below this many elements a range is insertion-sorted.
pub(super) const SMALL: usize = 20;
/// Above this many elements the pivot is a median of medians (Tukey's ninther).
const NINTHER: usize = 128;

/// One sort: the array base, how its elements move, and the comparator.
pub(super) struct Sorter<E: Elem> {
    pub base: *mut u8,
    pub e: E,
    pub cmp: Cmp,
}

impl<E: Elem> Sorter<E> {
    /// The address of element `i`.
    #[inline(always)]
    pub fn at(&self, i: usize) -> *mut u8 {
        self.base.wrapping_add(i * self.e.size())
    }

    /// Whether the element at `a` orders before the one at `b`.
    ///
    /// # Safety
    /// Both are valid element addresses.
    #[inline(always)]
    pub unsafe fn less_p(&self, a: *const u8, b: *const u8) -> bool {
        // SAFETY: the comparator receives two valid elements, as qsort promises it.
        unsafe {
            match self.cmp {
                Cmp::Plain(f) => f(a.cast(), b.cast()) < 0,
                Cmp::WithArg(f, arg) => f(a.cast(), b.cast(), arg) < 0,
            }
        }
    }

    /// # Safety
    /// `i` and `j` are in the array.
    #[inline(always)]
    pub unsafe fn less(&self, i: usize, j: usize) -> bool {
        // SAFETY: caller contract.
        unsafe { self.less_p(self.at(i), self.at(j)) }
    }

    /// # Safety
    /// `i` and `j` are in the array.
    #[inline(always)]
    pub unsafe fn swap(&self, i: usize, j: usize) {
        // SAFETY: caller contract.
        unsafe { self.e.swap(self.at(i), self.at(j)) }
    }

    /// Orders the elements at `a`, `b`, `c`.
    ///
    /// # Safety
    /// All three are in the array.
    unsafe fn sort3(&self, a: usize, b: usize, c: usize) {
        // SAFETY: caller contract.
        unsafe {
            if self.less(b, a) {
                self.swap(a, b);
            }
            if self.less(c, b) {
                self.swap(b, c);
                if self.less(b, a) {
                    self.swap(a, b);
                }
            }
        }
    }

    /// Sorts `[lo, hi)`. `bad` is how many badly unbalanced partitions are still allowed
    /// before switching to heapsort; `leftmost` says no element precedes the range.
    ///
    /// # Safety
    /// `[lo, hi)` is in the array; if `!leftmost`, element `lo - 1` orders before or
    /// equal to every element of the range (for a consistent comparator).
    unsafe fn run(&self, mut lo: usize, mut hi: usize, mut bad: u32, mut leftmost: bool) {
        // SAFETY: every index below stays inside [lo, hi) (or is lo - 1 when !leftmost);
        // the partition routines return positions inside the range whatever the
        // comparator answers.
        unsafe {
            loop {
                let size = hi - lo;
                if size < SMALL {
                    self.insertion_sort(lo, hi);
                    return;
                }
                // Samples at the quartiles (not the ends), which also splits organ-pipe
                // and sawtooth inputs well; the median goes to `lo`.
                let q = size / 4;
                let (a, b, c) = (lo + q, lo + 2 * q, lo + 3 * q);
                if size > NINTHER {
                    self.sort3(a - 1, a, a + 1);
                    self.sort3(b - 1, b, b + 1);
                    self.sort3(c - 1, c, c + 1);
                }
                self.sort3(a, b, c);
                self.swap(lo, b);
                // Equal to the element before the range: everything equal to the pivot
                // is in place once moved left; continue with the greater ones.
                if !leftmost && !self.less(lo - 1, lo) {
                    lo = self.partition_equal(lo, hi) + 1;
                    continue;
                }
                let (p, already) = self.partition(lo, hi);
                let (l, r) = (p - lo, hi - p - 1);
                if l < size / 8 || r < size / 8 {
                    bad -= 1;
                    if bad == 0 {
                        self.heapsort(lo, hi);
                        return;
                    }
                    self.break_patterns(lo, p, l);
                    self.break_patterns(p + 1, hi, r);
                } else if already
                    && self.partial_insertion_sort(lo, p)
                    && self.partial_insertion_sort(p + 1, hi)
                {
                    return;
                }
                if l < r {
                    self.run(lo, p, bad, leftmost);
                    lo = p + 1;
                    leftmost = false;
                } else {
                    self.run(p + 1, hi, bad, false);
                    hi = p;
                }
            }
        }
    }

    /// Swaps a few elements of `[lo, hi)` (of length `n`) to fixed other places, so
    /// that an input built to unbalance the pivots loses its pattern.
    ///
    /// # Safety
    /// `[lo, hi)` is in the array.
    unsafe fn break_patterns(&self, lo: usize, hi: usize, n: usize) {
        if n < SMALL {
            return;
        }
        let q = n / 4;
        // SAFETY: n >= SMALL, so every index is inside [lo, hi).
        unsafe {
            self.swap(lo, lo + q);
            self.swap(hi - 1, hi - q);
            if n > NINTHER {
                self.swap(lo + 1, lo + q + 1);
                self.swap(lo + 2, lo + q + 2);
                self.swap(hi - 2, hi - q - 1);
                self.swap(hi - 3, hi - q - 2);
            }
        }
    }
}

/// Sorts the `n` elements of layout `e` at `base` in ascending order of `cmp`.
///
/// # Safety
/// `base` holds `n` writable elements of `e.size()` bytes; `cmp` may be called with
/// any two of them.
pub unsafe fn sort<E: Elem>(base: *mut u8, n: usize, e: E, cmp: Cmp) {
    if n < 2 || e.size() == 0 {
        return;
    }
    let s = Sorter { base, e, cmp };
    // SAFETY: [0, n) is the caller's array.
    unsafe {
        // An input that is one run already: sorted costs n - 1 comparisons, strictly
        // descending is reversed.
        let descending = s.less(1, 0);
        let mut i = 2;
        while i < n && s.less(i, i - 1) == descending {
            i += 1;
        }
        if i == n {
            if descending {
                for k in 0..n / 2 {
                    s.swap(k, n - 1 - k);
                }
            }
            return;
        }
        let bad = usize::BITS - n.leading_zeros();
        s.run(0, n, bad, true)
    }
}

//! The engine behind `qsort` and `qsort_r`: pattern-defeating quicksort with block
//! partitioning, in place, O(n log n) worst case (heapsort fallback), no allocation.
mod elem;
mod partition;
mod pdq;
mod small;
#[cfg(test)]
mod tests;

pub use elem::{Bytes, Word};
pub use pdq::{Cmp, sort};

//! The two-way string matching kernel (Crochemore–Perrin) behind memmem and strstr:
//! linear time, constant space. musl: the `twoway_*` helpers in src/string/strstr.c.
use crate::string::byteset::ByteSet;
use crate::string::memcmp::compare;

/// A haystack whose length may only be discovered while searching.
pub(crate) trait Haystack {
    /// True if the haystack has at least `len` bytes.
    ///
    /// # Safety
    /// The haystack pointer given to [`search`] is valid for what the implementation reads.
    unsafe fn reaches(&mut self, len: usize) -> bool;
}

/// The start of the maximal suffix of `x[..m]` (as index minus one, so `-1` means the
/// whole string) for the byte order, or the reverse order if `rev`, and its period.
///
/// # Safety
/// `x` readable for `m >= 1` bytes.
unsafe fn maximal_suffix(x: *const u8, m: usize, rev: bool) -> (isize, usize) {
    let m = m as isize;
    let (mut ms, mut j, mut k, mut p) = (-1isize, 0isize, 1isize, 1isize);
    while j + k < m {
        // SAFETY: `j + k < m` and `0 <= ms + k <= j + k` keep both reads inside `x`.
        let (a, b) = unsafe { (*x.offset(j + k), *x.offset(ms + k)) };
        if a == b {
            if k == p {
                j += p;
                k = 1;
            } else {
                k += 1;
            }
        } else if (a < b) != rev {
            j += k;
            k = 1;
            p = j - ms;
        } else {
            ms = j;
            j = ms + 1;
            k = 1;
            p = 1;
        }
    }
    (ms, p as usize)
}

/// The first occurrence of `x[..m]` in the haystack `h`, or null.
///
/// # Safety
/// `x` readable for `m >= 1` bytes; `h` readable for as many bytes as `hay` reports.
pub(crate) unsafe fn search<H: Haystack>(
    h: *const u8,
    hay: &mut H,
    x: *const u8,
    m: usize,
) -> *const u8 {
    // SAFETY: indices into `x` stay below `m`; indices into `h` stay below `j + m`, which
    // `hay.reaches` has confirmed before each window is examined.
    unsafe {
        let (s1, p1) = maximal_suffix(x, m, false);
        let (s2, p2) = maximal_suffix(x, m, true);
        let (ell, mut per) = if s1 > s2 { (s1, p1) } else { (s2, p2) };
        let mut set = ByteSet([0; 4]);
        let mut t = 0;
        while t < m {
            set.insert(*x.add(t));
            t += 1;
        }
        let at = |i: isize, j: usize| *h.add(j + i as usize);
        let xa = |i: isize| *x.offset(i);
        let mi = m as isize;
        // The left part is a suffix of the right part's period: the needle is periodic and
        // the memory of the last match lets us skip re-checking its prefix.
        let periodic = compare(x, x.add(per), (ell + 1) as usize) == 0;
        if !periodic {
            per = (ell + 1).max(mi - ell - 1) as usize + 1;
        }
        let mut memory: isize = -1;
        let mut j = 0usize;
        loop {
            if !hay.reaches(j + m) {
                return core::ptr::null();
            }
            // No window covering a byte absent from the needle can match.
            if !set.contains(*h.add(j + m - 1)) {
                j += m;
                memory = -1;
                continue;
            }
            let mut i = ell.max(memory) + 1;
            while i < mi && xa(i) == at(i, j) {
                i += 1;
            }
            if i < mi {
                j += (i - ell) as usize;
                memory = -1;
                continue;
            }
            let mut i = ell;
            while i > memory && xa(i) == at(i, j) {
                i -= 1;
            }
            if i <= memory {
                return h.add(j);
            }
            j += per;
            if periodic {
                memory = mi - per as isize - 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn factorizations_are_critical() {
        // Spot checks against hand-computed maximal suffixes.
        // SAFETY: each literal has the given length.
        unsafe {
            assert_eq!(maximal_suffix(b"abab".as_ptr(), 4, false).0, 0);
            assert_eq!(maximal_suffix(b"aaaa".as_ptr(), 4, false), (-1, 1));
            assert_eq!(maximal_suffix(b"ba".as_ptr(), 2, false).0, -1);
            assert_eq!(maximal_suffix(b"ab".as_ptr(), 2, true).0, -1);
        }
    }
}

//! A 256-bit set of byte values, used by strspn/strcspn/strpbrk (musl builds the same
//! bitmap inline in src/string/strspn.c and strcspn.c).

/// One bit per byte value.
pub(crate) struct ByteSet(pub(crate) [u64; 4]);

impl ByteSet {
    /// The set of the bytes of the NUL-terminated string `s` (the NUL excluded).
    ///
    /// # Safety
    /// `s` points to a NUL-terminated string.
    pub(crate) unsafe fn of_str(mut s: *const u8) -> ByteSet {
        let mut set = ByteSet([0; 4]);
        // SAFETY: we read up to and including the terminator only.
        unsafe {
            while *s != 0 {
                set.insert(*s);
                s = s.add(1);
            }
        }
        set
    }

    /// Adds `b`.
    #[inline(always)]
    pub(crate) fn insert(&mut self, b: u8) {
        // SAFETY: `b >> 6` is at most 3, inside the four-word array.
        unsafe { *self.0.get_unchecked_mut((b >> 6) as usize) |= 1 << (b & 63) };
    }

    /// Whether `b` is in the set.
    #[inline(always)]
    pub(crate) fn contains(&self, b: u8) -> bool {
        // SAFETY: `b >> 6` is at most 3, inside the four-word array.
        (unsafe { *self.0.get_unchecked((b >> 6) as usize) } >> (b & 63)) & 1 != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members() {
        let s = b"az\x01\xff\x80\0";
        // SAFETY: NUL-terminated.
        let set = unsafe { ByteSet::of_str(s.as_ptr()) };
        for b in 0..=255u8 {
            assert_eq!(set.contains(b), s[..5].contains(&b), "{b}");
        }
    }
}

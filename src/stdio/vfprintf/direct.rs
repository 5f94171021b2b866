//! The `fprintf` sink for fully buffered streams: output formatted straight into the
//! `FILE`'s buffer (musl writes each piece through `__fwritex`; this skips the call for
//! the pieces that fit).
use super::sink::STAGE;
use crate::internal::fmt_fp::fmt::Out;
use crate::stdio::file::{File, write_bytes};

/// A locked, fully buffered `FILE` written in place: pieces that fit go straight into the
/// stream's buffer (one copy, no staging); the rest take the ordinary buffered write.
/// After a write error nothing more is written, as with [`Staged`].
pub struct Direct {
    pub f: *mut File,
    pub failed: bool,
}

impl Direct {
    /// Whether `f` suits [`Direct`]: fully buffered with a buffer at least a stage long
    /// (line-buffered and unbuffered streams keep the staged sink's write pattern).
    ///
    /// # Safety
    /// `f` is a live stream.
    #[inline]
    pub unsafe fn suits(f: *mut File) -> bool {
        // SAFETY: the caller guarantees `f`.
        unsafe { (*f).lbf < 0 && (*f).buf_size >= STAGE }
    }

    /// Free bytes in the stream's write buffer (0 when not in write mode).
    #[inline(always)]
    fn room(&self) -> usize {
        // SAFETY: the entry point holds the lock on this live stream; in write mode
        // `wpos <= wend` within one buffer.
        unsafe {
            if (*self.f).wend.is_null() {
                0
            } else {
                (*self.f).wend as usize - (*self.f).wpos as usize
            }
        }
    }

    #[cold]
    fn slow(&mut self, b: &[u8]) {
        if !self.failed {
            // SAFETY: the entry point holds the lock on this live stream.
            self.failed = unsafe { write_bytes(self.f, b) } != b.len();
        }
    }
}

impl Out for Direct {
    #[inline]
    fn put(&mut self, b: &[u8]) {
        if b.len() <= self.room() && !self.failed {
            // SAFETY: `b.len()` bytes are free at `wpos` (checked above).
            unsafe {
                let f = self.f;
                small_copy(b, (*f).wpos);
                (*f).wpos = (*f).wpos.add(b.len());
            }
            return;
        }
        self.slow(b);
    }
    #[inline]
    fn pad(&mut self, c: u8, n: usize) {
        if n > 0 {
            self.pad_slow(c, n);
        }
    }
}

impl Direct {
    fn pad_slow(&mut self, c: u8, mut n: usize) {
        let chunk = [c; 64];
        while n > 0 && !self.failed {
            let k = n.min(chunk.len());
            self.put(&chunk[..k]);
            n -= k;
        }
    }
}

/// Copies `b` to `dst` inline for the short pieces printf produces (literal runs, digits),
/// and through `memcpy` for longer ones.
///
/// # Safety
/// `dst` is writable for `b.len()` bytes and does not overlap `b`.
#[inline(always)]
unsafe fn small_copy(b: &[u8], dst: *mut u8) {
    let n = b.len();
    let s = b.as_ptr();
    // SAFETY: every access stays within `s[..n]` and `dst[..n]` (the pairs of unaligned
    // loads/stores overlap in the middle when `n` is not a power of two).
    unsafe {
        match n {
            8..=16 => {
                let a = s.cast::<u64>().read_unaligned();
                let z = s.add(n - 8).cast::<u64>().read_unaligned();
                dst.cast::<u64>().write_unaligned(a);
                dst.add(n - 8).cast::<u64>().write_unaligned(z);
            }
            4..=7 => {
                let a = s.cast::<u32>().read_unaligned();
                let z = s.add(n - 4).cast::<u32>().read_unaligned();
                dst.cast::<u32>().write_unaligned(a);
                dst.add(n - 4).cast::<u32>().write_unaligned(z);
            }
            0..=3 => {
                for k in 0..n {
                    *dst.add(k) = *s.add(k);
                }
            }
            _ => core::ptr::copy_nonoverlapping(s, dst, n),
        }
    }
}

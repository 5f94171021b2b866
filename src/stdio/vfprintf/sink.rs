//! The places printf writes to: a caller's fixed buffer (truncating, for `snprintf`), a
//! growing `malloc` buffer (`asprintf`), a file descriptor (`dprintf`) and a `FILE`
//! (musl: the string/fd `FILE`s in vsnprintf.c, vasprintf.c, vdprintf.c).
use crate::abi::types::{c_int, c_void};
use crate::internal::fmt_fp::fmt::Out;
use crate::malloc::libc::{free, realloc};
use crate::stdio::file::{File, write_bytes};

/// `snprintf`'s buffer: keeps the first `cap` bytes, counts nothing (the engine counts).
pub struct BufSink {
    pub buf: *mut u8,
    pub cap: usize,
    pub len: usize,
}

impl Out for BufSink {
    #[inline]
    fn put(&mut self, b: &[u8]) {
        let n = b.len().min(self.cap - self.len);
        // SAFETY: `buf` is writable for `cap` bytes and `len + n <= cap`.
        unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), self.buf.add(self.len), n) };
        self.len += n;
    }
    #[inline]
    fn pad(&mut self, c: u8, n: usize) {
        let n = n.min(self.cap - self.len);
        // SAFETY: as in `put`.
        unsafe { core::ptr::write_bytes(self.buf.add(self.len), c, n) };
        self.len += n;
    }
}

/// `asprintf`'s buffer, grown by doubling through the program's `realloc`; a failed
/// allocation is remembered and the rest discarded.
pub struct AllocSink {
    pub buf: *mut u8,
    pub cap: usize,
    pub len: usize,
    pub failed: bool,
}

impl Default for AllocSink {
    fn default() -> AllocSink {
        AllocSink::new()
    }
}

impl AllocSink {
    pub const fn new() -> AllocSink {
        AllocSink {
            buf: core::ptr::null_mut(),
            cap: 0,
            len: 0,
            failed: false,
        }
    }

    /// Makes room for `n` more bytes (plus the final NUL); false if out of memory.
    fn reserve(&mut self, n: usize) -> bool {
        if self.failed {
            return false;
        }
        let need = self.len.saturating_add(n).saturating_add(1);
        if need <= self.cap {
            return true;
        }
        let cap = need.max(self.cap.saturating_mul(2)).max(64);
        // SAFETY: `buf` is null or our own earlier allocation.
        let p = unsafe { realloc(self.buf.cast(), cap) }.cast::<u8>();
        if p.is_null() {
            self.failed = true;
            return false;
        }
        self.buf = p;
        self.cap = cap;
        true
    }

    /// Terminates and hands the buffer over, or frees it on failure (`None`).
    pub fn finish(mut self) -> Option<*mut u8> {
        if !self.reserve(0) {
            // SAFETY: our own allocation (or null).
            unsafe { free(self.buf.cast::<c_void>()) };
            return None;
        }
        // SAFETY: `reserve` left room for the NUL at `len`.
        unsafe { *self.buf.add(self.len) = 0 };
        Some(self.buf)
    }
}

impl Out for AllocSink {
    fn put(&mut self, b: &[u8]) {
        if self.reserve(b.len()) {
            // SAFETY: `reserve` made room for `b.len()` bytes at `len`.
            unsafe { core::ptr::copy_nonoverlapping(b.as_ptr(), self.buf.add(self.len), b.len()) };
            self.len += b.len();
        }
    }
    fn pad(&mut self, c: u8, n: usize) {
        if self.reserve(n) {
            // SAFETY: as in `put`.
            unsafe { core::ptr::write_bytes(self.buf.add(self.len), c, n) };
            self.len += n;
        }
    }
}

/// Bytes staged on the stack before they go to a descriptor or `FILE`, so that many
/// small pieces make one write (and an unbuffered stream sees few system calls).
pub(super) const STAGE: usize = 256;

/// Where a [`Staged`] sink drains to.
pub trait Drain {
    /// Takes `b`; false on a write error (after which nothing more is written).
    fn drain(&mut self, b: &[u8]) -> bool;
}

/// A descriptor (`dprintf`).
pub struct Fd(pub c_int);
impl Drain for Fd {
    fn drain(&mut self, b: &[u8]) -> bool {
        match crate::sys::fs::write_all(self.0, b) {
            Ok(()) => true,
            Err(crate::sys::Errno(e)) => {
                crate::errno::set_errno(e);
                false
            }
        }
    }
}

/// A locked `FILE` (the `fprintf` family).
pub struct FileDrain(pub *mut File);
impl Drain for FileDrain {
    fn drain(&mut self, b: &[u8]) -> bool {
        // SAFETY: the entry point holds the lock on this live stream.
        unsafe { write_bytes(self.0, b) == b.len() }
    }
}

/// A staging buffer in front of a [`Drain`].
pub struct Staged<D: Drain> {
    pub to: D,
    buf: [core::mem::MaybeUninit<u8>; STAGE],
    len: usize,
    pub failed: bool,
}

impl<D: Drain> Staged<D> {
    pub fn new(to: D) -> Staged<D> {
        Staged {
            to,
            buf: [core::mem::MaybeUninit::uninit(); STAGE],
            len: 0,
            failed: false,
        }
    }

    /// Writes out what is staged; false if this or an earlier write failed.
    pub fn flush(&mut self) -> bool {
        if self.len > 0 && !self.failed {
            // SAFETY: the first `len` bytes were written by `put`/`pad`.
            let b =
                unsafe { core::slice::from_raw_parts(self.buf.as_ptr().cast::<u8>(), self.len) };
            let ok = self.to.drain(b);
            self.failed = !ok;
        }
        self.len = 0;
        !self.failed
    }
}

impl<D: Drain> Out for Staged<D> {
    #[inline]
    fn put(&mut self, b: &[u8]) {
        if b.len() <= STAGE - self.len {
            // SAFETY: `len + b.len() <= STAGE`.
            unsafe {
                core::ptr::copy_nonoverlapping(
                    b.as_ptr(),
                    self.buf.as_mut_ptr().cast::<u8>().add(self.len),
                    b.len(),
                )
            };
            self.len += b.len();
            return;
        }
        if self.flush() && b.len() > STAGE / 2 {
            self.failed = !self.to.drain(b);
        } else if !self.failed {
            self.put(b);
        }
    }
    fn pad(&mut self, c: u8, mut n: usize) {
        while n > 0 && !self.failed {
            let room = STAGE - self.len;
            if room == 0 {
                self.flush();
                continue;
            }
            let k = room.min(n);
            // SAFETY: `len + k <= STAGE`.
            unsafe {
                core::ptr::write_bytes(self.buf.as_mut_ptr().cast::<u8>().add(self.len), c, k)
            };
            self.len += k;
            n -= k;
        }
    }
}

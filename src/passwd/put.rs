//! The writer behind `putpwent`, `putgrent` and `putspent`: one database line written
//! to a stream under its lock, with the result as the C functions report it.
use crate::abi::types::{c_char, c_int};
use crate::stdio::file::{File, lock, unlock, write_bytes};

/// A line being written to a locked stream; `finish` unlocks and reports.
pub struct Put {
    f: *mut File,
    locked: bool,
    ok: bool,
}

impl Put {
    /// Locks `f` for one line.
    ///
    /// # Safety
    /// `f` is a live stream, used by nothing else until `finish`.
    pub unsafe fn begin(f: *mut File) -> Put {
        // SAFETY: the caller guarantees `f`.
        let locked = unsafe { lock(f) };
        Put {
            f,
            locked,
            ok: true,
        }
    }

    /// Writes `b` (nothing more once a write has failed).
    pub fn bytes(&mut self, b: &[u8]) {
        if self.ok && !b.is_empty() {
            // SAFETY: `f` is live and locked (begin's contract).
            self.ok = unsafe { write_bytes(self.f, b) } == b.len();
        }
    }

    /// Writes a C string; a null pointer is written as an empty field.
    ///
    /// # Safety
    /// `s` is null or a C string.
    pub unsafe fn cstr(&mut self, s: *const c_char) {
        if !s.is_null() {
            // SAFETY: the caller guarantees `s`.
            self.bytes(unsafe { core::ffi::CStr::from_ptr(s) }.to_bytes());
        }
    }

    /// Writes `v` in decimal, with a `-` if `neg`.
    pub fn num(&mut self, neg: bool, mut v: u64) {
        let mut d = [0u8; 21];
        let mut i = d.len();
        loop {
            i -= 1;
            d[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        if neg {
            i -= 1;
            d[i] = b'-';
        }
        self.bytes(&d[i..]);
    }

    /// Unlocks the stream: 0 if every byte was written, else -1 (errno set by the
    /// stream's write).
    pub fn finish(self) -> c_int {
        if self.locked {
            // SAFETY: we locked `f` in `begin`.
            unsafe { unlock(self.f) };
        }
        if self.ok { 0 } else { -1 }
    }
}

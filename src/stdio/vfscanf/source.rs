//! Where scanf reads from: a C string (`sscanf`) or a locked `FILE` (`fscanf`), behind one
//! byte of lookahead, with the field-width limit and the consumed count `%n` reports
//! (musl: src/internal/shgetc.c).
use crate::stdio::file::{File, read_byte, unread_byte};

/// A byte source: `get` returns 0..=255 or -1 at the end; `unget` returns the byte last
/// gotten.
pub trait Source {
    fn get(&mut self) -> i32;
    fn unget(&mut self, c: i32);
}

/// A NUL-terminated string; the NUL is the end.
pub struct StrSource {
    pub p: *const u8,
    pub i: usize,
}

impl Source for StrSource {
    #[inline]
    fn get(&mut self) -> i32 {
        // SAFETY: `sscanf`'s contract: `p` is NUL-terminated, and `i` never passes the NUL
        // because the NUL is not consumed.
        let c = unsafe { *self.p.add(self.i) };
        if c == 0 {
            return -1;
        }
        self.i += 1;
        c as i32
    }
    #[inline]
    fn unget(&mut self, _c: i32) {
        self.i -= 1;
    }
}

/// A stream whose lock the caller holds.
pub struct FileSource(pub *mut File);

impl Source for FileSource {
    #[inline]
    fn get(&mut self) -> i32 {
        // SAFETY: the entry point holds the lock on this live stream.
        unsafe { read_byte(self.0) }
    }
    #[inline]
    fn unget(&mut self, c: i32) {
        // SAFETY: as in `get`; one byte of pushback is always available after a read.
        unsafe { unread_byte(self.0, c) }
    }
}

/// A source with a field-width limit and a running count of consumed bytes.
pub struct Input<'a, S: Source> {
    pub src: &'a mut S,
    /// Bytes consumed since the start of the call.
    pub pos: usize,
    /// Bytes the current field may still take.
    pub left: usize,
}

impl<S: Source> Input<'_, S> {
    /// The next byte within the field, or -1 (end of input or of the field).
    #[inline]
    pub fn get(&mut self) -> i32 {
        if self.left == 0 {
            return -1;
        }
        let c = self.src.get();
        if c >= 0 {
            self.pos += 1;
            self.left -= 1;
        }
        c
    }
    /// Pushes back `c` (nothing for -1).
    #[inline]
    pub fn unget(&mut self, c: i32) {
        if c >= 0 {
            self.src.unget(c);
            self.pos -= 1;
            self.left += 1;
        }
    }
    /// Skips white space (C locale `isspace`).
    pub fn skip_space(&mut self) {
        let saved = self.left;
        self.left = usize::MAX;
        loop {
            let c = self.get();
            if !is_space(c) {
                self.unget(c);
                break;
            }
        }
        self.left = saved;
    }
}

/// `isspace` in the C locale.
#[inline]
pub fn is_space(c: i32) -> bool {
    c == b' ' as i32 || (9..=13).contains(&c)
}

//! A small line reader over open/read for the user and group databases (musl reads them
//! with stdio's getline; this needs neither stdio nor locking).
use crate::abi::errno::ENOMEM;
use crate::abi::fcntl::{AT_FDCWD, O_CLOEXEC, O_RDONLY};
use crate::abi::types::c_int;
use crate::malloc::libc::{free, realloc};
use crate::sys::{Errno, fs};

/// An open database file and the line being read, in a malloc'd buffer that grows.
pub struct Lines {
    fd: c_int,
    chunk: [u8; 512],
    pos: usize,
    end: usize,
    line: *mut u8,
    cap: usize,
}

impl Lines {
    /// Opens `path` (NUL-terminated) read-only and close-on-exec.
    pub fn open(path: &[u8]) -> Result<Lines, Errno> {
        // SAFETY: `path` ends with a NUL (every caller passes a literal with one).
        let fd = unsafe { fs::openat(AT_FDCWD, path.as_ptr().cast(), O_RDONLY | O_CLOEXEC, 0) }?;
        Ok(Lines {
            fd,
            chunk: [0; 512],
            pos: 0,
            end: 0,
            line: core::ptr::null_mut(),
            cap: 0,
        })
    }

    /// Goes back to the start of the file.
    pub fn rewind(&mut self) {
        let _ = fs::lseek(self.fd, 0, 0);
        (self.pos, self.end) = (0, 0);
    }

    fn grow(&mut self, need: usize) -> Result<(), Errno> {
        if need <= self.cap {
            return Ok(());
        }
        let cap = need.max(self.cap * 2).max(128);
        // SAFETY: `line` is null or our own allocation.
        let p = unsafe { realloc(self.line.cast(), cap) };
        if p.is_null() {
            return Err(Errno(ENOMEM));
        }
        (self.line, self.cap) = (p.cast(), cap);
        Ok(())
    }

    /// The next line without its newline, NUL-terminated in the buffer (the slice excludes
    /// the NUL), or `None` at end of file. The slice lives until the next call.
    pub fn next_line(&mut self) -> Result<Option<&mut [u8]>, Errno> {
        let mut len = 0;
        loop {
            if self.pos == self.end {
                // SAFETY: `chunk` is our own writable buffer.
                let n = loop {
                    match unsafe { fs::read(self.fd, self.chunk.as_mut_ptr(), self.chunk.len()) } {
                        Err(Errno(crate::abi::errno::EINTR)) => {}
                        r => break r?,
                    }
                };
                if n == 0 {
                    if len == 0 {
                        return Ok(None);
                    }
                    break;
                }
                (self.pos, self.end) = (0, n);
            }
            let nl = self.chunk[self.pos..self.end]
                .iter()
                .position(|&c| c == b'\n');
            let take = nl.unwrap_or(self.end - self.pos);
            self.grow(len + take + 1)?;
            let src = self.chunk[self.pos..].as_ptr();
            // SAFETY: `line` has room for `len + take + 1` bytes after grow; `src` has
            // `take` bytes before `end`.
            unsafe { core::ptr::copy_nonoverlapping(src, self.line.add(len), take) };
            len += take;
            self.pos += take;
            if nl.is_some() {
                self.pos += 1;
                break;
            }
        }
        self.grow(len + 1)?;
        // SAFETY: `len + 1 <= cap`; the bytes are initialised by the copies above.
        unsafe {
            *self.line.add(len) = 0;
            Ok(Some(core::slice::from_raw_parts_mut(self.line, len)))
        }
    }
}

impl Drop for Lines {
    fn drop(&mut self) {
        let _ = fs::close(self.fd);
        // SAFETY: `line` is null or our own allocation.
        unsafe { free(self.line.cast()) };
    }
}

/// Reads lines until one that `parse` accepts (malformed lines are skipped, as musl
/// does); returns it NUL-separated, with its final NUL counted in the slice, and its
/// fields. `None` at end of file.
pub fn next_parsed<F>(
    lines: &mut Lines,
    parse: impl Fn(&mut [u8]) -> Option<F>,
) -> Result<Option<(&[u8], F)>, Errno> {
    loop {
        let Some(line) = lines.next_line()? else {
            return Ok(None);
        };
        let len = line.len();
        if let Some(f) = parse(line) {
            // SAFETY: `next_line` keeps a NUL after the line, so `len + 1` bytes are valid
            // and stay so until the next read.
            let whole = unsafe { core::slice::from_raw_parts(line.as_ptr(), len + 1) };
            return Ok(Some((whole, f)));
        }
    }
}

/// Finds the first entry of the database at `path` (NUL-terminated) that `parse`
/// accepts and `hit` matches, and hands its NUL-separated line (final NUL included) and
/// fields to `found`. A missing file is "no entry".
pub fn lookup<F, R>(
    path: &[u8],
    parse: impl Fn(&mut [u8]) -> Option<F>,
    hit: impl Fn(&[u8], &F) -> bool,
    found: impl FnOnce(&[u8], &F) -> R,
) -> Result<Option<R>, Errno> {
    let mut lines = match Lines::open(path) {
        Ok(l) => l,
        Err(Errno(crate::abi::errno::ENOENT | crate::abi::errno::ENOTDIR)) => return Ok(None),
        Err(e) => return Err(e),
    };
    while let Some((line, f)) = next_parsed(&mut lines, &parse)? {
        if hit(line, &f) {
            return Ok(Some(found(line, &f)));
        }
    }
    Ok(None)
}

/// Splits off the text up to the next `sep`, overwriting the separator with a NUL;
/// `None` if there is none.
pub fn field_sep<'a>(s: &mut &'a mut [u8], sep: u8) -> Option<&'a mut [u8]> {
    let i = s.iter().position(|&c| c == sep)?;
    let (head, tail) = core::mem::take(s).split_at_mut(i);
    tail[0] = 0;
    *s = &mut tail[1..];
    Some(head)
}

/// `field_sep` with `:`.
pub fn field<'a>(s: &mut &'a mut [u8]) -> Option<&'a mut [u8]> {
    field_sep(s, b':')
}

/// A decimal number as musl's `atou` reads it: digits only, 0 if none, wrapping.
pub fn number(s: &[u8]) -> u32 {
    let mut v: u32 = 0;
    for &c in s.iter().take_while(|c| c.is_ascii_digit()) {
        v = v.wrapping_mul(10).wrapping_add((c - b'0') as u32);
    }
    v
}

/// The line buffer of an `fget*ent` reader: lines come from the caller's stream through
/// `getline`, into a malloc'd buffer kept (and reused) between calls, since the returned
/// entry points into it.
pub struct FileLine {
    ptr: *mut crate::abi::types::c_char,
    cap: usize,
}

impl FileLine {
    pub const fn new() -> FileLine {
        FileLine {
            ptr: core::ptr::null_mut(),
            cap: 0,
        }
    }

    /// The next line of `f` without its newline, NUL-terminated in the buffer (the slice
    /// excludes the NUL); `None` at end of file or on a read error (errno set by
    /// `getline`).
    ///
    /// # Safety
    /// `f` is a live stream.
    pub unsafe fn next(&mut self, f: *mut crate::stdio::file::File) -> Option<&mut [u8]> {
        // SAFETY: `ptr`/`cap` are getline's own buffer and size; the caller guarantees `f`.
        let n = unsafe { crate::stdio::getdelim::getline(&mut self.ptr, &mut self.cap, f) };
        if n < 0 {
            return None;
        }
        let mut n = n as usize;
        // SAFETY: getline stored `n` bytes and a NUL at `ptr`.
        let line = unsafe { core::slice::from_raw_parts_mut(self.ptr.cast::<u8>(), n + 1) };
        if n > 0 && line[n - 1] == b'\n' {
            n -= 1;
            line[n] = 0;
        }
        Some(&mut line[..n])
    }

    /// The `fget*ent` loop: reads lines of `f` until one parses (malformed lines are
    /// skipped, as by musl and glibc) and returns what `keep` makes of it (the whole line
    /// with its NUL, and the parsed fields); null at end of file, or with errno set when
    /// `keep` fails.
    ///
    /// # Safety
    /// `f` is a live stream.
    pub unsafe fn next_entry<F, T>(
        &mut self,
        f: *mut crate::stdio::file::File,
        parse: impl Fn(&mut [u8]) -> Option<F>,
        mut keep: impl FnMut(&[u8], &F) -> Result<*mut T, Errno>,
    ) -> *mut T {
        loop {
            // SAFETY: the caller guarantees `f`.
            let Some(l) = (unsafe { self.next(f) }) else {
                return core::ptr::null_mut();
            };
            let len = l.len();
            let Some(fields) = parse(l) else { continue };
            // SAFETY: the line and its NUL are `len + 1` bytes of the buffer.
            let whole = unsafe { core::slice::from_raw_parts(self.ptr.cast::<u8>(), len + 1) };
            match keep(whole, &fields) {
                Ok(p) => return p,
                Err(e) => {
                    crate::errno::set_errno(e.0);
                    return core::ptr::null_mut();
                }
            }
        }
    }
}

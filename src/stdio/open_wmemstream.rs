//! `open_wmemstream`: a wide write stream into a growing `malloc`'d `wchar_t` buffer
//! (POSIX open_wmemstream(); musl: src/stdio/open_wmemstream.c).
//!
//! Wide output reaches a stream as multibyte bytes (`fputwc` encodes in the current
//! locale); this backend decodes them back into wide characters, keeping an incomplete
//! sequence in its conversion state. The stream is unbuffered, so positions (`ftell`,
//! `fseek`) count wide characters.
use super::file::{EOF, F_NORD, File};
use crate::abi::types::{c_int, off_t, wchar_t};
use crate::multibyte::internal::{INCOMPLETE, decode};

#[repr(C)]
struct Cookie {
    bufp: *mut *mut wchar_t,
    sizep: *mut usize,
    /// Position, length and capacity, in wide characters.
    pos: usize,
    buf: *mut wchar_t,
    len: usize,
    space: usize,
    /// The bytes of a multibyte character split between two writes.
    state: u32,
}

#[repr(C)]
struct WmsFile {
    f: File,
    c: Cookie,
    /// The stream has no buffer; `buf` still points at valid storage.
    buf: [u8; 8],
}

/// # Safety
/// `f` is a stream `open_wmemstream` made.
unsafe fn cookie<'a>(f: *mut File) -> &'a mut Cookie {
    // SAFETY: the cookie field points at the WmsFile's cookie.
    unsafe { &mut *(*f).cookie.cast::<Cookie>() }
}

unsafe fn wms_seek(f: *mut File, off: off_t, whence: c_int) -> off_t {
    // SAFETY: `f` is a wide memstream.
    let c = unsafe { cookie(f) };
    let max = (isize::MAX as usize / core::mem::size_of::<wchar_t>()) as off_t;
    let Some(pos) = super::mem_backend::seek_target(c.pos, c.len, off, whence, max) else {
        return -1;
    };
    c.pos = pos;
    c.state = 0;
    c.pos as off_t
}

/// Makes room for `need` wide characters after `pos` plus the terminating L'\0'.
///
/// # Safety
/// `c` is a live cookie whose `buf` came from `malloc`.
unsafe fn reserve(c: &mut Cookie, need: usize) -> bool {
    let Some(end) = c.pos.checked_add(need) else {
        return false;
    };
    if end < c.space {
        return true;
    }
    let want = (2 * c.space + 1) | (end + 1);
    let Some(bytes) = want.checked_mul(core::mem::size_of::<wchar_t>()) else {
        return false;
    };
    // SAFETY: `c.buf` is the live allocation this cookie owns.
    let p = unsafe { crate::malloc::libc::realloc(c.buf.cast(), bytes) }.cast::<wchar_t>();
    if p.is_null() {
        return false;
    }
    // SAFETY: `p` holds `want` characters; the new tail is zeroed so the text stays
    // terminated wherever it ends.
    unsafe {
        core::ptr::write_bytes(p.add(c.space), 0, want - c.space);
        *c.bufp = p;
    }
    c.buf = p;
    c.space = want;
    true
}

unsafe fn wms_write(f: *mut File, buf: *const u8, len: usize) -> usize {
    // SAFETY: `f` is a wide memstream; its own (empty) buffer is flushed first.
    unsafe {
        if !super::mem_backend::drain(f, wms_write) {
            return 0;
        }
    }
    // SAFETY: as above.
    let c = unsafe { cookie(f) };
    // Each byte yields at most one wide character.
    // SAFETY: `c.buf` came from malloc.
    if !unsafe { reserve(c, len) } {
        return 0;
    }
    let utf8 = crate::locale::utf8_active();
    let mut i = 0;
    while i < len {
        let mut wc: wchar_t = 0;
        // SAFETY: `buf[i..len]` is readable.
        match unsafe { decode(&mut wc, buf.add(i), len - i, &mut c.state, utf8) } {
            Ok(INCOMPLETE) => break,
            Ok(n) => {
                // SAFETY: `reserve` made room for `len` characters after the start.
                unsafe { *c.buf.add(c.pos) = wc };
                c.pos += 1;
                // A NUL byte is one character too.
                i += n.max(1);
            }
            Err(e) => {
                crate::errno::set_errno(e.0);
                return 0;
            }
        }
    }
    if c.pos >= c.len {
        c.len = c.pos;
    }
    // SAFETY: the caller's `sizep` outlives the stream.
    unsafe { *c.sizep = c.pos };
    len
}

unsafe fn wms_close(_f: *mut File) -> c_int {
    0
}

/// `FILE *open_wmemstream(wchar_t **bufp, size_t *sizep);`
///
/// A wide-oriented write-only stream whose contents, L'\0'-terminated, are at `*bufp`
/// with `*sizep` wide characters (up to the position) after each `fflush`/`fclose`. The
/// caller frees `*bufp` with `free` after `fclose`.
///
/// # Safety
/// `bufp` and `sizep` writable for the stream's lifetime.
///
/// # Errors
/// `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn open_wmemstream(bufp: *mut *mut wchar_t, sizep: *mut usize) -> *mut File {
    // SAFETY: fresh allocations; the caller guarantees `bufp` and `sizep`.
    unsafe {
        let m = crate::malloc::libc::malloc(core::mem::size_of::<WmsFile>()).cast::<WmsFile>();
        if m.is_null() {
            return core::ptr::null_mut();
        }
        let buf = crate::malloc::libc::malloc(core::mem::size_of::<wchar_t>()).cast::<wchar_t>();
        if buf.is_null() {
            crate::malloc::libc::free(m.cast());
            return core::ptr::null_mut();
        }
        *buf = 0;
        *bufp = buf;
        *sizep = 0;
        (&raw mut (*m).c).write(Cookie {
            bufp,
            sizep,
            pos: 0,
            buf,
            len: 0,
            space: 1,
            state: 0,
        });
        let f = &raw mut (*m).f;
        f.write(File::ZERO);
        (*f).cookie = (&raw mut (*m).c).cast();
        (*f).flags = F_NORD;
        (*f).fd = -1;
        (*f).buf = (&raw mut (*m).buf).cast();
        (*f).buf_size = 0;
        (*f).lbf = EOF;
        (*f).mode = 1;
        (*f).write = Some(wms_write);
        (*f).seek = Some(wms_seek);
        (*f).close = Some(wms_close);
        super::ofl::add(f);
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::abi::fcntl::SEEK_SET;

    #[test]
    fn wide_text_and_positions() {
        let mut p: *mut wchar_t = core::ptr::null_mut();
        let mut n = 7usize;
        // SAFETY: `p` and `n` outlive the stream.
        unsafe {
            let f = open_wmemstream(&mut p, &mut n);
            assert!(!f.is_null());
            assert_eq!(n, 0);
            for k in 0..300 {
                let wc = b'a' as wchar_t + k % 26;
                assert_eq!(crate::stdio::fputwc::fputwc(wc, f), wc as u32);
            }
            assert_eq!(crate::stdio::fflush::fflush(f), 0);
            assert_eq!(n, 300);
            assert_eq!(*p.add(27), b'b' as wchar_t);
            assert_eq!(*p.add(300), 0);
            assert_eq!(crate::stdio::ftell::ftell(f), 300);
            assert_eq!(crate::stdio::fseek::fseek(f, 2, SEEK_SET), 0);
            crate::stdio::fputwc::fputwc(b'Z' as wchar_t, f);
            assert_eq!(crate::stdio::fclose::fclose(f), 0);
            assert_eq!(n, 3);
            assert_eq!(*p.add(2), b'Z' as wchar_t);
            crate::malloc::libc::free(p.cast());
        }
    }
}

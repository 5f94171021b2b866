//! `open_memstream`: a write stream into a growing `malloc`'d buffer (POSIX
//! open_memstream(); musl: src/stdio/open_memstream.c).
use super::file::{EOF, F_NORD, File};
use crate::abi::stdio::BUFSIZ;
use crate::abi::types::{c_char, c_int, off_t};

#[repr(C)]
struct Cookie {
    bufp: *mut *mut c_char,
    sizep: *mut usize,
    pos: usize,
    buf: *mut u8,
    len: usize,
    space: usize,
}

#[repr(C)]
struct MsFile {
    f: File,
    c: Cookie,
    buf: [u8; BUFSIZ as usize],
}

/// # Safety
/// `f` is a stream `open_memstream` made.
unsafe fn cookie<'a>(f: *mut File) -> &'a mut Cookie {
    // SAFETY: the cookie field points at the MsFile's cookie.
    unsafe { &mut *(*f).cookie.cast::<Cookie>() }
}

unsafe fn ms_seek(f: *mut File, off: off_t, whence: c_int) -> off_t {
    // SAFETY: `f` is a memstream.
    let c = unsafe { cookie(f) };
    let Some(pos) = super::mem_backend::seek_target(c.pos, c.len, off, whence, isize::MAX as off_t)
    else {
        return -1;
    };
    c.pos = pos;
    c.pos as off_t
}

unsafe fn ms_write(f: *mut File, buf: *const u8, len: usize) -> usize {
    // SAFETY: `f` is a memstream; the buffer grows before any copy past `space`.
    unsafe {
        if !super::mem_backend::drain(f, ms_write) {
            return 0;
        }
        let c = cookie(f);
        if len + c.pos >= c.space {
            let want = (2 * c.space + 1) | (c.pos + len + 1);
            let p = crate::malloc::libc::realloc(c.buf.cast(), want).cast::<u8>();
            if p.is_null() {
                return 0;
            }
            c.buf = p;
            *c.bufp = p.cast();
            core::ptr::write_bytes(p.add(c.space), 0, want - c.space);
            c.space = want;
        }
        core::ptr::copy_nonoverlapping(buf, c.buf.add(c.pos), len);
        c.pos += len;
        if c.pos >= c.len {
            c.len = c.pos;
        }
        *c.sizep = c.pos;
        len
    }
}

unsafe fn ms_close(_f: *mut File) -> c_int {
    0
}

/// `FILE *open_memstream(char **bufp, size_t *sizep);`
///
/// A write-only stream whose contents, NUL-terminated, are at `*bufp` with length
/// `*sizep` after each `fflush`/`fclose`. The caller frees `*bufp` after `fclose`.
///
/// # Safety
/// `bufp` and `sizep` writable for the stream's lifetime.
///
/// # Errors
/// `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn open_memstream(bufp: *mut *mut c_char, sizep: *mut usize) -> *mut File {
    // SAFETY: fresh allocations; the caller guarantees `bufp` and `sizep`.
    unsafe {
        let m = crate::malloc::libc::malloc(core::mem::size_of::<MsFile>()).cast::<MsFile>();
        if m.is_null() {
            return core::ptr::null_mut();
        }
        let buf = crate::malloc::libc::malloc(1).cast::<u8>();
        if buf.is_null() {
            crate::malloc::libc::free(m.cast());
            return core::ptr::null_mut();
        }
        *buf = 0;
        *bufp = buf.cast();
        *sizep = 0;
        (&raw mut (*m).c).write(Cookie {
            bufp,
            sizep,
            pos: 0,
            buf,
            len: 0,
            space: 0,
        });
        let f = &raw mut (*m).f;
        f.write(File::ZERO);
        (*f).cookie = (&raw mut (*m).c).cast();
        (*f).flags = F_NORD;
        (*f).fd = -1;
        (*f).buf = (&raw mut (*m).buf).cast();
        (*f).buf_size = BUFSIZ as usize;
        (*f).lbf = EOF;
        (*f).write = Some(ms_write);
        (*f).seek = Some(ms_seek);
        (*f).close = Some(ms_close);
        super::ofl::add(f);
        f
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_and_reports_size() {
        let mut p: *mut c_char = core::ptr::null_mut();
        let mut n = 7usize;
        // SAFETY: `p` and `n` outlive the stream.
        unsafe {
            let f = open_memstream(&mut p, &mut n);
            assert!(!f.is_null());
            assert_eq!(n, 0);
            for _ in 0..500 {
                assert_eq!(crate::stdio::fputs::fputs(c"abcdefghij".as_ptr(), f), 0);
            }
            assert_eq!(crate::stdio::fflush::fflush(f), 0);
            assert_eq!(n, 5000);
            assert_eq!(crate::string::strlen::strlen(p), 5000);
            assert_eq!(*p.add(4990) as u8, b'a');
            assert_eq!(crate::stdio::fclose::fclose(f), 0);
            crate::malloc::libc::free(p.cast());
        }
    }
}

//! `fmemopen`: a stream over a caller's (or its own) fixed buffer (POSIX fmemopen();
//! musl: src/stdio/fmemopen.c).
use super::__fmodeflags::{has, valid};
use super::file::{EOF, F_EOF, F_NORD, F_NOWR, File, UNGET};
use crate::abi::errno::{EINVAL, ENOMEM};
use crate::abi::stdio::BUFSIZ;
use crate::abi::types::{c_char, c_int, c_void, off_t};

/// The memory object behind the stream.
#[repr(C)]
struct Cookie {
    pos: usize,
    len: usize,
    size: usize,
    buf: *mut u8,
    mode: u8,
}

/// One allocation: the stream, its cookie, its stdio buffer, then (when the caller gave
/// no buffer) the memory itself.
#[repr(C)]
struct MemFile {
    f: File,
    c: Cookie,
    buf: [u8; UNGET + BUFSIZ as usize],
}

/// # Safety
/// `f` is a stream `fmemopen` made.
unsafe fn cookie(f: *mut File) -> *mut Cookie {
    // SAFETY: the cookie field points at the MemFile's cookie.
    unsafe { (*f).cookie.cast() }
}

unsafe fn mem_seek(f: *mut File, off: off_t, whence: c_int) -> off_t {
    // SAFETY: `f` is an fmemopen stream.
    let c = unsafe { &mut *cookie(f) };
    let Some(pos) = super::mem_backend::seek_target(c.pos, c.len, off, whence, c.size as off_t)
    else {
        return -1;
    };
    c.pos = pos;
    c.pos as off_t
}

unsafe fn mem_read(f: *mut File, buf: *mut u8, mut len: usize) -> usize {
    // SAFETY: `f` is an fmemopen stream; copies stay within `[0, len)` of the memory.
    unsafe {
        let c = &mut *cookie(f);
        let mut rem = c.len.saturating_sub(c.pos);
        if len > rem {
            len = rem;
            (*f).flags |= F_EOF;
        }
        core::ptr::copy_nonoverlapping(c.buf.add(c.pos), buf, len);
        c.pos += len;
        rem -= len;
        rem = rem.min((*f).buf_size);
        (*f).rpos = (*f).buf;
        (*f).rend = (*f).buf.add(rem);
        core::ptr::copy_nonoverlapping(c.buf.add(c.pos), (*f).rpos, rem);
        c.pos += rem;
        len
    }
}

unsafe fn mem_write(f: *mut File, buf: *const u8, len: usize) -> usize {
    // SAFETY: `f` is an fmemopen stream; copies stay within `[0, size)` of the memory.
    unsafe {
        if !super::mem_backend::drain(f, mem_write) {
            return 0;
        }
        let c = &mut *cookie(f);
        if c.mode == b'a' {
            c.pos = c.len;
        }
        let len = len.min(c.size - c.pos);
        core::ptr::copy_nonoverlapping(buf, c.buf.add(c.pos), len);
        c.pos += len;
        if c.pos > c.len {
            c.len = c.pos;
            if c.len < c.size {
                *c.buf.add(c.len) = 0;
            } else if (*f).flags & F_NORD != 0 && c.size != 0 {
                *c.buf.add(c.size - 1) = 0;
            }
        }
        len
    }
}

unsafe fn mem_close(_f: *mut File) -> c_int {
    0
}

/// `FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode);`
///
/// A stream reading and writing the `size` bytes at `buf` (or a zeroed buffer of its
/// own when `buf` is null). Writes keep a NUL after the data while there is room.
///
/// # Safety
/// `buf` null or valid for `size` bytes while the stream is open; `mode` NUL-terminated.
///
/// # Errors
/// `EINVAL` (bad mode), `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fmemopen(buf: *mut c_void, size: usize, mode: *const c_char) -> *mut File {
    // SAFETY: the caller guarantees `buf` and `mode`; the allocation holds MemFile and,
    // when needed, `size` more bytes.
    unsafe {
        if !valid(mode) {
            crate::errno::set_errno(EINVAL);
            return core::ptr::null_mut();
        }
        let own = if buf.is_null() { size } else { 0 };
        if own > isize::MAX as usize - core::mem::size_of::<MemFile>() {
            crate::errno::set_errno(ENOMEM);
            return core::ptr::null_mut();
        }
        let m =
            crate::malloc::libc::malloc(core::mem::size_of::<MemFile>() + own).cast::<MemFile>();
        if m.is_null() {
            return core::ptr::null_mut();
        }
        (&raw mut (*m).f).write(File::ZERO);
        let mut mem = buf.cast::<u8>();
        if mem.is_null() {
            mem = m.cast::<u8>().add(core::mem::size_of::<MemFile>());
            core::ptr::write_bytes(mem, 0, size);
        }
        let first = *mode as u8;
        let plus = has(mode, b'+');
        let mut c = Cookie {
            pos: 0,
            len: 0,
            size,
            buf: mem,
            mode: first,
        };
        if first == b'r' {
            c.len = size;
        } else if first == b'a' {
            c.len = crate::string::strnlen::strnlen(mem.cast(), size);
            c.pos = c.len;
        } else if plus && size != 0 {
            *mem = 0;
        }
        (&raw mut (*m).c).write(c);
        let f = &raw mut (*m).f;
        (*f).cookie = (&raw mut (*m).c).cast();
        (*f).fd = -1;
        (*f).lbf = EOF;
        (*f).buf = (&raw mut (*m).buf).cast::<u8>().add(UNGET);
        (*f).buf_size = BUFSIZ as usize;
        if !plus {
            (*f).flags = if first == b'r' { F_NOWR } else { F_NORD };
        }
        (*f).read = Some(mem_read);
        (*f).write = Some(mem_write);
        (*f).seek = Some(mem_seek);
        (*f).close = Some(mem_close);
        super::ofl::add(f);
        f
    }
}

//! `fopencookie`: a stream over caller-supplied I/O functions (GNU; musl:
//! src/stdio/fopencookie.c).
use super::__fmodeflags::{has, valid};
use super::file::{EOF, F_EOF, F_ERR, F_NORD, F_NOWR, File, UNGET};
use crate::abi::errno::{EINVAL, ENOTSUP};
use crate::abi::stdio::BUFSIZ;
use crate::abi::types::{c_char, c_int, c_void, off_t, ssize_t};

type ReadFn = unsafe extern "C" fn(*mut c_void, *mut c_char, usize) -> ssize_t;
type WriteFn = unsafe extern "C" fn(*mut c_void, *const c_char, usize) -> ssize_t;
type SeekFn = unsafe extern "C" fn(*mut c_void, *mut off_t, c_int) -> c_int;
type CloseFn = unsafe extern "C" fn(*mut c_void) -> c_int;

/// `cookie_io_functions_t`; any member may be null.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct CookieIoFunctions {
    pub read: Option<ReadFn>,
    pub write: Option<WriteFn>,
    pub seek: Option<SeekFn>,
    pub close: Option<CloseFn>,
}

#[repr(C)]
struct CookieFile {
    f: File,
    cookie: *mut c_void,
    io: CookieIoFunctions,
    buf: [u8; UNGET + BUFSIZ as usize],
}

/// # Safety
/// `f` is a stream `fopencookie` made.
unsafe fn parts<'a>(f: *mut File) -> &'a CookieFile {
    // SAFETY: `File` is the first field of the CookieFile.
    unsafe { &*f.cast::<CookieFile>() }
}

unsafe fn cookie_read(f: *mut File, buf: *mut u8, len: usize) -> usize {
    // SAFETY: `f` is a cookie stream; the user function gets buffers of the sizes passed.
    unsafe {
        let cf = parts(f);
        let bs = (*f).buf_size;
        let direct = len - (bs != 0 && len != 0) as usize;
        let mut got = 0usize;
        let ret: ssize_t = 'fail: {
            let Some(read) = cf.io.read else {
                break 'fail -1;
            };
            if direct != 0 {
                let r = read(cf.cookie, buf.cast(), direct);
                if r <= 0 {
                    break 'fail r;
                }
                got = r as usize;
            }
            if bs == 0 || len - got > 1 {
                return got;
            }
            let r = read(cf.cookie, (*f).buf.cast(), bs);
            if r <= 0 {
                break 'fail r;
            }
            (*f).rpos = (*f).buf;
            (*f).rend = (*f).buf.add(r as usize);
            *buf.add(got) = *(*f).rpos;
            (*f).rpos = (*f).rpos.add(1);
            return got + 1;
        };
        (*f).flags |= if ret == 0 { F_EOF } else { F_ERR };
        (*f).rpos = (*f).buf;
        (*f).rend = (*f).buf;
        got
    }
}

unsafe fn cookie_write(f: *mut File, buf: *const u8, len: usize) -> usize {
    // SAFETY: `f` is a cookie stream.
    unsafe {
        let cf = parts(f);
        let Some(write) = cf.io.write else { return len };
        let pending = (*f).wpos as usize - (*f).wbase as usize;
        if pending != 0 {
            (*f).wpos = (*f).wbase;
            if cookie_write(f, (*f).wbase, pending) < pending {
                return 0;
            }
        }
        if len == 0 {
            return 0;
        }
        let r = write(cf.cookie, buf.cast(), len);
        if r < 0 {
            (*f).wpos = core::ptr::null_mut();
            (*f).wbase = core::ptr::null_mut();
            (*f).wend = core::ptr::null_mut();
            (*f).flags |= F_ERR;
            return 0;
        }
        r as usize
    }
}

unsafe fn cookie_seek(f: *mut File, mut off: off_t, whence: c_int) -> off_t {
    if !(0..=2).contains(&whence) {
        crate::errno::set_errno(EINVAL);
        return -1;
    }
    // SAFETY: `f` is a cookie stream; `off` is a live off_t.
    unsafe {
        let cf = parts(f);
        let Some(seek) = cf.io.seek else {
            crate::errno::set_errno(ENOTSUP);
            return -1;
        };
        if seek(cf.cookie, &mut off, whence) < 0 {
            return -1;
        }
    }
    off
}

unsafe fn cookie_close(f: *mut File) -> c_int {
    // SAFETY: `f` is a cookie stream.
    unsafe {
        let cf = parts(f);
        match cf.io.close {
            Some(close) => close(cf.cookie),
            None => 0,
        }
    }
}

/// `FILE *fopencookie(void *cookie, const char *mode, cookie_io_functions_t io);`
///
/// A buffered stream whose reads, writes, seeks and close call `io`'s functions with
/// `cookie`. With a null read function reads fail (error indicator); a null write
/// function discards output; a null seek fails with `ENOTSUP`.
///
/// # Safety
/// `mode` NUL-terminated; `io`'s functions valid for the stream's lifetime.
///
/// # Errors
/// `EINVAL` (bad mode), `ENOMEM`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fopencookie(
    cookie: *mut c_void,
    mode: *const c_char,
    io: CookieIoFunctions,
) -> *mut File {
    // SAFETY: the caller guarantees `mode`; the allocation holds one CookieFile.
    unsafe {
        if !valid(mode) {
            crate::errno::set_errno(EINVAL);
            return core::ptr::null_mut();
        }
        let m =
            crate::malloc::libc::malloc(core::mem::size_of::<CookieFile>()).cast::<CookieFile>();
        if m.is_null() {
            return core::ptr::null_mut();
        }
        let f = &raw mut (*m).f;
        f.write(File::ZERO);
        (&raw mut (*m).cookie).write(cookie);
        (&raw mut (*m).io).write(io);
        if !has(mode, b'+') {
            (*f).flags = if *mode as u8 == b'r' { F_NOWR } else { F_NORD };
        }
        (*f).fd = -1;
        (*f).cookie = cookie;
        (*f).buf = (&raw mut (*m).buf).cast::<u8>().add(UNGET);
        (*f).buf_size = BUFSIZ as usize;
        (*f).lbf = EOF;
        (*f).read = Some(cookie_read);
        (*f).write = Some(cookie_write);
        (*f).seek = Some(cookie_seek);
        (*f).close = Some(cookie_close);
        super::ofl::add(f);
        f
    }
}

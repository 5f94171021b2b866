//! Switching a stream to reading (musl: src/stdio/__toread.c).
use super::file::{EOF, F_EOF, F_ERR, F_NORD, File};
use crate::abi::types::c_int;

/// Flushes pending output and enters read mode. Returns `EOF` if the stream cannot read
/// (error indicator set) or its end-of-file indicator is set (C17 7.21.7.1: reads after
/// end of file keep failing until `clearerr`/a seek), else 0.
///
/// # Safety
/// `f` is a live stream, locked by the caller.
pub unsafe fn toread(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        super::__stdio_exit::register();
        if (*f).mode == 0 {
            (*f).mode = -1;
        }
        if (*f).wpos != (*f).wbase
            && let Some(w) = (*f).write
        {
            w(f, core::ptr::null(), 0);
        }
        (*f).wpos = core::ptr::null_mut();
        (*f).wbase = core::ptr::null_mut();
        (*f).wend = core::ptr::null_mut();
        if (*f).flags & F_NORD != 0 {
            (*f).flags |= F_ERR;
            crate::errno::set_errno(crate::abi::errno::EBADF);
            return EOF;
        }
        let end = (*f).buf.add((*f).buf_size);
        (*f).rpos = end;
        (*f).rend = end;
        if (*f).flags & F_EOF != 0 { EOF } else { 0 }
    }
}

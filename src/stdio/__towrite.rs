//! Switching a stream to writing (musl: src/stdio/__towrite.c).
use super::file::{EOF, F_ERR, F_NOWR, File};
use crate::abi::types::c_int;

/// Discards read-ahead and enters write mode; `EOF` (error indicator and `EBADF`) if the
/// stream is not writable, else 0.
///
/// # Safety
/// `f` is a live stream, locked by the caller.
pub unsafe fn towrite(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        super::__stdio_exit::register();
        if (*f).mode == 0 {
            (*f).mode = -1;
        }
        if (*f).flags & F_NOWR != 0 {
            (*f).flags |= F_ERR;
            crate::errno::set_errno(crate::abi::errno::EBADF);
            return EOF;
        }
        (*f).rpos = core::ptr::null_mut();
        (*f).rend = core::ptr::null_mut();
        (*f).wpos = (*f).buf;
        (*f).wbase = (*f).buf;
        (*f).wend = (*f).buf.add((*f).buf_size);
        0
    }
}

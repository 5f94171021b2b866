//! `__overflow`: write one byte when the buffer is full, absent or flushes on it;
//! glibc-built inline `putc` calls it (musl: src/stdio/__overflow.c).
use super::file::{EOF, File};
use crate::abi::types::c_int;

/// `int __overflow(FILE *f, int c);`
///
/// Writes `(unsigned char)c`; returns it, or `EOF` with the error indicator set. The
/// caller holds the lock.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __overflow(f: *mut File, c: c_int) -> c_int {
    let b = c as u8;
    // SAFETY: the caller guarantees `f`; writes stay below `wend`.
    unsafe {
        if (*f).wend.is_null() && super::__towrite::towrite(f) != 0 {
            return EOF;
        }
        if (*f).wpos != (*f).wend && b as c_int != (*f).lbf {
            *(*f).wpos = b;
            (*f).wpos = (*f).wpos.add(1);
            return b as c_int;
        }
        match (*f).write {
            // A full buffer on an fd stream: write exactly the buffer (aligned writes, as
            // in fwrite), then buffer the byte.
            Some(w) if (*f).fd >= 0 && b as c_int != (*f).lbf && (*f).buf_size != 0 => {
                if !super::fwrite::flush_full(f, w) {
                    return EOF;
                }
                *(*f).wpos = b;
                (*f).wpos = (*f).wpos.add(1);
                b as c_int
            }
            Some(w) if w(f, &b, 1) == 1 => b as c_int,
            _ => EOF,
        }
    }
}

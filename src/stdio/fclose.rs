//! `fclose` (C17 7.21.5.1; musl: src/stdio/fclose.c).
use super::file::{EOF, F_PERM, File, lock, unlock};
use crate::abi::types::c_int;

/// `int fclose(FILE *f);`
///
/// Flushes and closes `f` and frees it (the standard streams are closed, not freed).
///
/// # Safety
/// `f` must be a live stream; it is dangling afterwards.
///
/// # Errors
/// `EOF` with `errno` when flushing or closing failed (the stream is gone either way).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fclose(f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `f`; after unlinking nobody else can reach it.
    unsafe {
        let locked = lock(f);
        let mut r = super::fflush::flush_locked(f);
        if let Some(close) = (*f).close
            && close(f) != 0
        {
            r = EOF;
        }
        if locked {
            unlock(f);
        }
        if (*f).flags & F_PERM != 0 {
            return r;
        }
        super::ofl::remove(f);
        crate::malloc::libc::free((*f).getln_buf.cast());
        crate::malloc::libc::free(f.cast());
        r
    }
}

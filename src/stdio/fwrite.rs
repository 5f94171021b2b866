//! `fwrite`, `fwrite_unlocked` and the buffered-write core (C17 7.21.8.2;
//! musl: src/stdio/fwrite.c).
use super::file::{File, lock, unlock};
use crate::abi::types::c_void;

/// Writes `s[..l]` through `f`'s buffer: bytes past a full buffer go straight to the
/// backend together with what was pending, and on a line-buffered stream everything up to
/// the last `lbf` byte is flushed. Returns the bytes accepted.
///
/// # Safety
/// `f` is live and locked by the caller; `s` is readable for `l` bytes.
pub unsafe fn fwritex(mut s: *const u8, mut l: usize, f: *mut File) -> usize {
    // SAFETY: the caller guarantees `f` and `s`; copies stay within `[wpos, wend)`.
    unsafe {
        if (*f).wend.is_null() && super::__towrite::towrite(f) != 0 {
            return 0;
        }
        let Some(write) = (*f).write else { return 0 };
        let room = (*f).wend as usize - (*f).wpos as usize;
        if l > room {
            if l < (*f).buf_size && (*f).lbf < 0 && (*f).fd >= 0 {
                // A small write on a fully buffered file: fill the buffer, write exactly
                // it, keep the rest. Every write(2) is then one whole buffer at a
                // buffer-aligned offset, as glibc does, rather than buffer + tail at
                // ever-shifting offsets (which touches one more page per call).
                core::ptr::copy_nonoverlapping(s, (*f).wpos, room);
                (*f).wpos = (*f).wend;
                if !flush_full(f, write) {
                    return 0;
                }
                core::ptr::copy_nonoverlapping(s.add(room), (*f).wpos, l - room);
                (*f).wpos = (*f).wpos.add(l - room);
                return l;
            }
            return write(f, s, l);
        }
        let mut done = 0;
        if (*f).lbf >= 0 {
            let nl = crate::string::memrchr::memrchr(s.cast(), (*f).lbf, l);
            if !nl.is_null() {
                let n = nl as usize - s as usize + 1;
                let w = write(f, s, n);
                if w < n {
                    return w;
                }
                s = s.add(n);
                l -= n;
                done = n;
            }
        }
        core::ptr::copy_nonoverlapping(s, (*f).wpos, l);
        (*f).wpos = (*f).wpos.add(l);
        l + done
    }
}

/// Writes out the pending buffer of the fd stream `f` (`write` is its fd backend, whose
/// success leaves an empty buffer and whose failure clears `wend`, sets the error
/// indicator and `errno`). Returns whether it succeeded.
///
/// # Safety
/// `f` is a live fd stream, locked by the caller, in write mode.
#[inline]
pub unsafe fn flush_full(f: *mut File, write: super::file::WriteFn) -> bool {
    // SAFETY: forwarded contract; a zero-length tail is never read.
    unsafe {
        write(f, (*f).wpos, 0);
        !(*f).wend.is_null()
    }
}

/// `size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f);`
///
/// Writes `n` items of `size` bytes; returns the number of whole items written.
///
/// # Safety
/// `p` is readable for `size * n` bytes; `f` is a live stream.
///
/// # Errors
/// On a short count the error indicator and `errno` are set (`EBADF`, `ENOSPC`, `EPIPE`...).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fwrite(p: *const c_void, size: usize, n: usize, f: *mut File) -> usize {
    let Some(total) = size.checked_mul(n) else {
        crate::errno::set_errno(crate::abi::errno::EOVERFLOW);
        return 0;
    };
    if total == 0 {
        return 0;
    }
    // SAFETY: the caller guarantees `p` and `f`; the lock brackets the buffered write.
    let done = unsafe {
        let locked = lock(f);
        let done = fwritex(p.cast(), total, f);
        if locked {
            unlock(f);
        }
        done
    };
    if done == total { n } else { done / size }
}

/// `size_t fwrite_unlocked(const void *p, size_t size, size_t n, FILE *f);`
///
/// `fwrite` without taking the lock.
///
/// # Safety
/// As `fwrite`; the caller serialises access to `f`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fwrite_unlocked(
    p: *const c_void,
    size: usize,
    n: usize,
    f: *mut File,
) -> usize {
    let Some(total) = size.checked_mul(n) else {
        crate::errno::set_errno(crate::abi::errno::EOVERFLOW);
        return 0;
    };
    if total == 0 {
        return 0;
    }
    // SAFETY: the caller guarantees `p` and `f`.
    let done = unsafe { fwritex(p.cast(), total, f) };
    if done == total { n } else { done / size }
}

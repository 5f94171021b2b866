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

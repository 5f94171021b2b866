//! `fread`, `fread_unlocked` (C17 7.21.8.1; musl: src/stdio/fread.c).
use super::file::{File, lock, unlock};
use crate::abi::types::c_void;

/// Reads up to `len` bytes: first from the buffer, then straight from the backend
/// (which refills the buffer with any excess). Returns the bytes stored.
///
/// # Safety
/// `f` is live and locked by the caller; `dest` writable for `len` bytes.
pub unsafe fn read_locked(mut dest: *mut u8, len: usize, f: *mut File) -> usize {
    let mut left = len;
    // SAFETY: the caller guarantees `f` and `dest`; copies stay within both.
    unsafe {
        if (*f).mode == 0 {
            (*f).mode = -1;
        }
        if (*f).rpos != (*f).rend {
            let avail = (*f).rend as usize - (*f).rpos as usize;
            let k = avail.min(left);
            core::ptr::copy_nonoverlapping((*f).rpos, dest, k);
            (*f).rpos = (*f).rpos.add(k);
            dest = dest.add(k);
            left -= k;
        }
        while left != 0 {
            if super::__toread::toread(f) != 0 {
                break;
            }
            let Some(read) = (*f).read else { break };
            let k = read(f, dest, left);
            if k == 0 {
                break;
            }
            dest = dest.add(k);
            left -= k;
        }
    }
    len - left
}

/// `size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f);`
///
/// Reads up to `n` items of `size` bytes; returns the number of whole items read (fewer
/// at end of file or on error: see `feof`/`ferror`).
///
/// # Safety
/// `p` writable for `size * n` bytes; `f` a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fread(p: *mut c_void, size: usize, n: usize, f: *mut File) -> usize {
    let Some(len) = size.checked_mul(n) else {
        return 0;
    };
    if len == 0 {
        return 0;
    }
    // SAFETY: forwarded contract; the lock brackets the read.
    let got = unsafe {
        let locked = lock(f);
        let got = read_locked(p.cast(), len, f);
        if locked {
            unlock(f);
        }
        got
    };
    if got == len { n } else { got / size }
}

/// `size_t fread_unlocked(void *p, size_t size, size_t n, FILE *f);`
///
/// `fread` without taking the lock.
///
/// # Safety
/// As `fread`; the caller serialises access to `f`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fread_unlocked(
    p: *mut c_void,
    size: usize,
    n: usize,
    f: *mut File,
) -> usize {
    let Some(len) = size.checked_mul(n) else {
        return 0;
    };
    if len == 0 {
        return 0;
    }
    // SAFETY: forwarded contract.
    let got = unsafe { read_locked(p.cast(), len, f) };
    if got == len { n } else { got / size }
}

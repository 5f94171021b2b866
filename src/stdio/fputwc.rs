//! `fputwc`, `putwc`, `putwchar` and their `_unlocked` forms (C17 7.29.3.3, 7.29.3.8,
//! 7.29.3.9; musl: src/stdio/fputwc.c, putwc.c, putwchar.c).
use super::file::{F_ERR, File, lock, stdout_file, unlock, write_bytes};
use crate::abi::types::wchar_t;
use crate::abi::wchar::{WEOF, wint_t};
use crate::errno::set_errno;
use crate::multibyte::internal::encode;

/// Writes `c` in the current multibyte encoding, orienting `f` wide.
///
/// # Safety
/// `f` is live and locked by the caller.
pub unsafe fn putwc_locked(c: wchar_t, f: *mut File) -> wint_t {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        super::fwide::orient(f, 1);
        match encode(c, crate::locale::utf8_active()) {
            Ok((bytes, n)) => {
                if write_bytes(f, &bytes[..n]) == n {
                    return c as wint_t;
                }
            }
            Err(e) => set_errno(e.0),
        }
        // As musl, an encoding error sets the error indicator too.
        (*f).flags |= F_ERR;
        WEOF
    }
}

/// `wint_t fputwc(wchar_t c, FILE *f);`
///
/// Returns `c`, or `WEOF` with the error indicator set.
///
/// # Safety
/// `f` must be a live stream.
///
/// # Errors
/// `EILSEQ` when `c` has no multibyte form; `errno` as for `write`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fputwc(c: wchar_t, f: *mut File) -> wint_t {
    // SAFETY: the caller guarantees `f`; the lock brackets the write.
    unsafe {
        let locked = lock(f);
        let r = putwc_locked(c, f);
        if locked {
            unlock(f);
        }
        r
    }
}

/// `wint_t putwc(wchar_t c, FILE *f);`: `fputwc`.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn putwc(c: wchar_t, f: *mut File) -> wint_t {
    // SAFETY: forwarded caller contract.
    unsafe { fputwc(c, f) }
}

/// `wint_t fputwc_unlocked(wchar_t c, FILE *f);`
///
/// # Safety
/// `f` must be a live stream that this thread owns or no other thread uses.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fputwc_unlocked(c: wchar_t, f: *mut File) -> wint_t {
    // SAFETY: forwarded caller contract.
    unsafe { putwc_locked(c, f) }
}

/// `wint_t putwc_unlocked(wchar_t c, FILE *f);`
///
/// # Safety
/// As `fputwc_unlocked`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn putwc_unlocked(c: wchar_t, f: *mut File) -> wint_t {
    // SAFETY: forwarded caller contract.
    unsafe { putwc_locked(c, f) }
}

/// `wint_t putwchar(wchar_t c);`: `fputwc(c, stdout)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn putwchar(c: wchar_t) -> wint_t {
    // SAFETY: stdout is always live.
    unsafe { fputwc(c, stdout_file()) }
}

/// `wint_t putwchar_unlocked(wchar_t c);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn putwchar_unlocked(c: wchar_t) -> wint_t {
    // SAFETY: stdout is always live; the caller owns it or runs single-threaded.
    unsafe { putwc_locked(c, stdout_file()) }
}

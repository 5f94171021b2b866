//! `fputws`, `fputws_unlocked` (C17 7.29.3.4; musl: src/stdio/fputws.c).
use super::file::{F_ERR, File, lock, unlock, write_bytes};
use crate::abi::types::{c_int, wchar_t};
use crate::errno::set_errno;
use crate::multibyte::internal::encode;

/// `fputws` with the lock already taken: converts into a small buffer and writes it.
///
/// # Safety
/// As `fputws`; `f` is locked by the caller.
unsafe fn puts_locked(ws: *const wchar_t, f: *mut File) -> c_int {
    let utf8 = crate::locale::utf8_active();
    // musl converts in BUFSIZ chunks and returns the length of the last one.
    let mut buf = [0u8; super::file::BUFSIZ];
    let mut len = 0;
    let mut i = 0;
    // SAFETY: `ws` is a wide string; the caller guarantees `f`.
    unsafe {
        super::fwide::orient(f, 1);
        loop {
            let c = *ws.add(i);
            if c == 0 {
                if write_bytes(f, &buf[..len]) < len {
                    return -1;
                }
                return len as c_int;
            }
            match encode(c, utf8) {
                Ok((b, n)) => {
                    if len + n > buf.len() {
                        if write_bytes(f, &buf[..len]) < len {
                            return -1;
                        }
                        len = 0;
                    }
                    buf[len..len + n].copy_from_slice(&b[..n]);
                    len += n;
                }
                Err(e) => {
                    // The characters before the bad one are written, as musl.
                    write_bytes(f, &buf[..len]);
                    set_errno(e.0);
                    (*f).flags |= F_ERR;
                    return -1;
                }
            }
            i += 1;
        }
    }
}

/// `int fputws(const wchar_t *restrict ws, FILE *restrict f);`
///
/// Writes `ws` in the current multibyte encoding; a non-negative value on success (as
/// musl, the byte count of the last buffer-sized chunk), -1 on error.
///
/// # Safety
/// `ws` is a wide string; `f` must be a live stream.
///
/// # Errors
/// `EILSEQ` for a character with no multibyte form; `errno` as for `write`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fputws(ws: *const wchar_t, f: *mut File) -> c_int {
    // SAFETY: the caller guarantees `ws` and `f`; the lock brackets the writes.
    unsafe {
        let locked = lock(f);
        let r = puts_locked(ws, f);
        if locked {
            unlock(f);
        }
        r
    }
}

/// `int fputws_unlocked(const wchar_t *restrict ws, FILE *restrict f);`
///
/// # Safety
/// As `fputws`; the caller owns `f` or no other thread uses it.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fputws_unlocked(ws: *const wchar_t, f: *mut File) -> c_int {
    // SAFETY: forwarded caller contract.
    unsafe { puts_locked(ws, f) }
}

//! `fgetwc`, `getwc`, `getwchar` and their `_unlocked` forms (C17 7.29.3.1, 7.29.3.6,
//! 7.29.3.7; musl: src/stdio/fgetwc.c, getwc.c, getwchar.c).
use super::file::{EOF, F_ERR, File, lock, read_byte, stdin_file, unlock, unread_byte};
use crate::abi::errno::EILSEQ;
use crate::abi::wchar::{WEOF, wint_t};
use crate::errno::set_errno;
use crate::multibyte::internal::{INCOMPLETE, decode};

/// Reads one wide character byte by byte through the multibyte decoder.
///
/// # Safety
/// `f` is live and locked by the caller.
pub unsafe fn getwc_locked(f: *mut File) -> wint_t {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        super::fwide::orient(f, 1);
        let utf8 = crate::locale::utf8_active();
        let mut st = 0u32;
        let mut first = true;
        loop {
            let c = read_byte(f);
            if c == EOF {
                if !first {
                    // A partial character before end of file, as musl.
                    (*f).flags |= F_ERR;
                    set_errno(EILSEQ);
                }
                return WEOF;
            }
            let b = c as u8;
            let mut wc = 0;
            match decode(&mut wc, &b, 1, &mut st, utf8) {
                Ok(INCOMPLETE) => first = false,
                Ok(_) => return wc as wint_t,
                Err(e) => {
                    set_errno(e.0);
                    if !first {
                        // The byte may start the next character: leave it for the next read.
                        (*f).flags |= F_ERR;
                        unread_byte(f, c);
                    }
                    return WEOF;
                }
            }
        }
    }
}

/// `wint_t fgetwc(FILE *f);`
///
/// Reads the next multibyte character of `f` (orienting it wide); `WEOF` at end of file,
/// on a read error, or on an encoding error.
///
/// # Safety
/// `f` must be a live stream.
///
/// # Errors
/// `EILSEQ` for a byte sequence that is not a character; `errno` as for `read`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetwc(f: *mut File) -> wint_t {
    // SAFETY: the caller guarantees `f`; the lock brackets the read.
    unsafe {
        let locked = lock(f);
        let r = getwc_locked(f);
        if locked {
            unlock(f);
        }
        r
    }
}

/// `wint_t getwc(FILE *f);`: `fgetwc`.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getwc(f: *mut File) -> wint_t {
    // SAFETY: forwarded caller contract.
    unsafe { fgetwc(f) }
}

/// `wint_t fgetwc_unlocked(FILE *f);`
///
/// # Safety
/// `f` must be a live stream that this thread owns or no other thread uses.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fgetwc_unlocked(f: *mut File) -> wint_t {
    // SAFETY: forwarded caller contract.
    unsafe { getwc_locked(f) }
}

/// `wint_t getwc_unlocked(FILE *f);`
///
/// # Safety
/// As `fgetwc_unlocked`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getwc_unlocked(f: *mut File) -> wint_t {
    // SAFETY: forwarded caller contract.
    unsafe { getwc_locked(f) }
}

/// `wint_t getwchar(void);`: `fgetwc(stdin)`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getwchar() -> wint_t {
    // SAFETY: stdin is always live.
    unsafe { fgetwc(stdin_file()) }
}

/// `wint_t getwchar_unlocked(void);`
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub extern "C" fn getwchar_unlocked() -> wint_t {
    // SAFETY: stdin is always live; the caller owns it or runs single-threaded.
    unsafe { getwc_locked(stdin_file()) }
}

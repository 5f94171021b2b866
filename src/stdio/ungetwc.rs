//! `ungetwc` (C17 7.29.3.10; musl: src/stdio/ungetwc.c).
use super::file::{F_EOF, File, UNGET, lock, unlock};
use crate::abi::wchar::{WEOF, wint_t};
use crate::multibyte::internal::encode;

/// Pushes the multibyte form of `c` back; `WEOF` if `c` is `WEOF`, has no multibyte form,
/// the stream cannot read or the pushback space is used up.
///
/// # Safety
/// `f` is live and locked by the caller.
unsafe fn unget_wide(c: wint_t, f: *mut File) -> wint_t {
    // SAFETY: the caller guarantees `f`; `rpos` stays within `[buf - UNGET, rend]`.
    unsafe {
        super::fwide::orient(f, 1);
        if (*f).rpos.is_null() {
            super::__toread::toread(f);
        }
        if (*f).rpos.is_null() || c == WEOF {
            return WEOF;
        }
        let Ok((bytes, n)) = encode(c as i32, crate::locale::utf8_active()) else {
            return WEOF;
        };
        if (*f).rpos < (*f).buf.sub(UNGET).add(n) {
            return WEOF;
        }
        (*f).rpos = (*f).rpos.sub(n);
        core::ptr::copy_nonoverlapping(bytes.as_ptr(), (*f).rpos, n);
        (*f).flags &= !F_EOF;
    }
    c
}

/// `wint_t ungetwc(wint_t c, FILE *f);`
///
/// Pushes `c` back onto `f`, clearing the end-of-file indicator; returns `c` or `WEOF`.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn ungetwc(c: wint_t, f: *mut File) -> wint_t {
    // SAFETY: the caller guarantees `f`; the lock brackets the update.
    unsafe {
        let locked = lock(f);
        let r = unget_wide(c, f);
        if locked {
            unlock(f);
        }
        r
    }
}

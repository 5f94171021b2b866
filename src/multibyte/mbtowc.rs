//! `mbtowc` (C17 7.22.7.2; musl: src/multibyte/mbtowc.c).
use super::internal::{INCOMPLETE, decode};
use crate::abi::errno::EILSEQ;
use crate::abi::types::{c_char, c_int, size_t, wchar_t};
use crate::errno::set_errno;

/// `mbtowc` and `mblen`: a whole character from at most `n` bytes, no carried state.
///
/// # Safety
/// As `mbtowc`.
pub unsafe fn convert(pwc: *mut wchar_t, s: *const c_char, n: size_t) -> c_int {
    if s.is_null() {
        // Neither encoding has shift states.
        return 0;
    }
    let mut wc = 0;
    let mut st = 0;
    // SAFETY: s is readable for n bytes or up to its NUL.
    match unsafe {
        decode(
            &mut wc,
            s as *const u8,
            n,
            &mut st,
            crate::locale::utf8_active(),
        )
    } {
        Ok(r) if r != INCOMPLETE => {
            if !pwc.is_null() {
                // SAFETY: the caller's writable pwc.
                unsafe { *pwc = wc };
            }
            r as c_int
        }
        // An empty or truncated character is invalid here, as in musl.
        _ => {
            set_errno(EILSEQ);
            -1
        }
    }
}

/// `int mbtowc(wchar_t *restrict pwc, const char *restrict s, size_t n);`
///
/// Converts the character at `s` (at most `n` bytes); returns its length, 0 for NUL,
/// or -1. With a null `s`, returns 0 (no state-dependent encodings).
///
/// # Safety
/// `s` null or readable for `n` bytes (or up to its NUL); `pwc` null or writable.
///
/// # Errors
/// `EILSEQ` for an invalid or incomplete character (also when `n` is 0).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mbtowc(pwc: *mut wchar_t, s: *const c_char, n: size_t) -> c_int {
    // SAFETY: forwarded contract.
    unsafe { convert(pwc, s, n) }
}

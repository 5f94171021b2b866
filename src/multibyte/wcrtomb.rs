//! `wcrtomb` (C17 7.29.6.3.3; musl: src/multibyte/wcrtomb.c).
use super::internal::{FAILED, encode};
use crate::abi::types::{c_char, size_t, wchar_t};
use crate::abi::wchar::mbstate_t;
use crate::errno::set_errno;

/// Stores the bytes of `wc` at `s`; the length or `FAILED` with errno set.
///
/// # Safety
/// `s` is writable for `MB_CUR_MAX` bytes.
pub unsafe fn store(s: *mut c_char, wc: wchar_t) -> size_t {
    match encode(wc, crate::locale::utf8_active()) {
        Ok((bytes, len)) => {
            // SAFETY: len <= MB_CUR_MAX bytes fit in the caller's buffer.
            unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), s as *mut u8, len) };
            len
        }
        Err(e) => {
            set_errno(e.0);
            FAILED
        }
    }
}

/// `size_t wcrtomb(char *restrict s, wchar_t wc, mbstate_t *restrict ps);`
///
/// Stores the multibyte form of `wc` at `s` and returns its length; with a null `s`
/// returns 1 (the length of the reset sequence, a NUL). Neither encoding has shift
/// states, so `ps` is not used.
///
/// # Safety
/// `s` null or writable for `MB_CUR_MAX` bytes.
///
/// # Errors
/// `EILSEQ` (`(size_t)-1`) when `wc` has no multibyte form in the current locale.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcrtomb(s: *mut c_char, wc: wchar_t, ps: *mut mbstate_t) -> size_t {
    let _ = ps;
    if s.is_null() {
        return 1;
    }
    // SAFETY: forwarded contract.
    unsafe { store(s, wc) }
}

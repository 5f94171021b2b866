//! `wcsnrtombs` (POSIX.1-2017 wcsnrtombs(); musl: src/multibyte/wcsnrtombs.c) and the
//! loop `wcsrtombs` and `wcstombs` share.
use super::internal::{FAILED, encode};
use crate::abi::types::{c_char, size_t, wchar_t};
use crate::abi::wchar::mbstate_t;
use crate::errno::set_errno;

/// Converts at most `wn` characters from `*src` into `dst` (at most `n` bytes; any
/// number when `dst` is null). Stops at `L'\0'` (its NUL byte stored if it fits, then
/// `*src` becomes null) or before a character that does not fit. `*src` is updated
/// only when `dst` is non-null. Returns the bytes stored, NUL not counted.
///
/// # Safety
/// `*src` readable for `wn` characters or up to its `L'\0'`; `dst` null or writable
/// for `n` bytes.
pub unsafe fn convert(dst: *mut c_char, src: *mut *const wchar_t, wn: size_t, n: size_t) -> size_t {
    let utf8 = crate::locale::utf8_active();
    // SAFETY: the caller's contract; writes stay within n bytes of dst.
    unsafe {
        let mut ws = *src;
        let mut left = n;
        let mut count = 0;
        let mut chars = 0;
        while chars < wn {
            let wc = *ws;
            let (bytes, len) = match encode(wc, utf8) {
                Ok(v) => v,
                Err(e) => {
                    set_errno(e.0);
                    if !dst.is_null() {
                        *src = ws;
                    }
                    return FAILED;
                }
            };
            if !dst.is_null() {
                if len > left {
                    break;
                }
                core::ptr::copy_nonoverlapping(bytes.as_ptr(), dst.add(count) as *mut u8, len);
                left -= len;
            }
            if wc == 0 {
                ws = core::ptr::null();
                break;
            }
            count += len;
            ws = ws.add(1);
            chars += 1;
        }
        if !dst.is_null() {
            *src = ws;
        }
        count
    }
}

/// `size_t wcsnrtombs(char *restrict dst, const wchar_t **restrict src, size_t nwc,
///                    size_t len, mbstate_t *restrict ps);`
///
/// As `wcsrtombs`, converting at most `nwc` wide characters.
///
/// # Safety
/// `*src` readable for `nwc` characters or up to its `L'\0'`; `dst` null or writable
/// for `len` bytes.
///
/// # Errors
/// `EILSEQ` (`(size_t)-1`, `*src` at the bad character when `dst` is non-null).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsnrtombs(
    dst: *mut c_char,
    src: *mut *const wchar_t,
    nwc: size_t,
    len: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    let _ = ps;
    // SAFETY: forwarded contract.
    unsafe { convert(dst, src, nwc, len) }
}

//! `mbsnrtowcs` (POSIX.1-2017 mbsnrtowcs(); musl: src/multibyte/mbsnrtowcs.c) and the
//! loop `mbsrtowcs` and `mbstowcs` share.
use super::internal::{FAILED, INCOMPLETE, decode};
use crate::abi::types::{c_char, size_t, wchar_t};
use crate::abi::wchar::mbstate_t;
use crate::errno::set_errno;

/// Converts from `*src` (at most `n` bytes) into `ws` (at most `wn` characters; any
/// number when `ws` is null). Stops at NUL (stored; `*src` becomes null), when `ws` is
/// full, or at an incomplete character at the `n` limit (dropped, state reset, as
/// musl). `*src` is updated only when `ws` is non-null.
///
/// # Safety
/// `*src` readable for `n` bytes or up to its NUL; `ws` null or writable for `wn`
/// characters; `ps` null or live.
pub unsafe fn convert(
    ws: *mut wchar_t,
    src: *mut *const c_char,
    n: size_t,
    wn: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    let mut local = mbstate_t {
        __opaque1: 0,
        __opaque2: 0,
    };
    let st = if ps.is_null() { &raw mut local } else { ps };
    let utf8 = crate::locale::utf8_active();
    // SAFETY: the caller's contract; every read is inside what decode may read.
    unsafe {
        let mut s = *src as *const u8;
        let mut left = n;
        let mut count = 0;
        while (ws.is_null() || count < wn) && left > 0 {
            let mut wc = 0;
            match decode(&mut wc, s, left, &mut (*st).__opaque1, utf8) {
                Err(e) => {
                    set_errno(e.0);
                    if !ws.is_null() {
                        *src = s as *const c_char;
                    }
                    return FAILED;
                }
                Ok(INCOMPLETE) => {
                    (*st).__opaque1 = 0;
                    break;
                }
                Ok(0) => {
                    if !ws.is_null() {
                        *ws.add(count) = 0;
                    }
                    s = core::ptr::null();
                    break;
                }
                Ok(k) => {
                    if !ws.is_null() {
                        *ws.add(count) = wc;
                    }
                    s = s.add(k);
                    left -= k;
                    count += 1;
                }
            }
        }
        if !ws.is_null() {
            *src = s as *const c_char;
        }
        count
    }
}

/// `size_t mbsnrtowcs(wchar_t *restrict dst, const char **restrict src, size_t nms,
///                    size_t len, mbstate_t *restrict ps);`
///
/// As `mbsrtowcs`, reading at most `nms` bytes; a character cut by that limit is not
/// converted (and the state is reset, as musl; glibc keeps it in `*ps`).
///
/// # Safety
/// `*src` readable for `nms` bytes or up to its NUL; `dst` null or writable for `len`
/// characters; `ps` null or live.
///
/// # Errors
/// `EILSEQ` (`(size_t)-1`, `*src` at the bad byte when `dst` is non-null).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mbsnrtowcs(
    dst: *mut wchar_t,
    src: *mut *const c_char,
    nms: size_t,
    len: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    // SAFETY: forwarded contract.
    unsafe { convert(dst, src, nms, len, ps) }
}

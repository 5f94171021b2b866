//! `mbrtowc` (C17 7.29.6.3.2; musl: src/multibyte/mbrtowc.c).
use super::internal::{FAILED, decode};
use crate::abi::types::{c_char, size_t, wchar_t};
use crate::abi::wchar::mbstate_t;
use crate::errno::set_errno;

/// The state used when the caller passes none.
static mut INTERNAL: mbstate_t = mbstate_t {
    __opaque1: 0,
    __opaque2: 0,
};

/// `mbrtowc` with the caller's state (never null here); shared with `mbrlen`.
///
/// # Safety
/// As `mbrtowc`; `st` is live.
pub unsafe fn convert(
    pwc: *mut wchar_t,
    s: *const c_char,
    n: size_t,
    st: *mut mbstate_t,
) -> size_t {
    // SAFETY: st is live; s is null or readable as the caller promises.
    unsafe {
        let state = &mut (*st).__opaque1;
        if s.is_null() {
            // Same as mbrtowc(NULL, "", 1, st): fails inside a character, else resets.
            if *state != 0 {
                *state = 0;
                set_errno(crate::abi::errno::EILSEQ);
                return FAILED;
            }
            return 0;
        }
        let mut wc = 0;
        match decode(
            &mut wc,
            s as *const u8,
            n,
            state,
            crate::locale::utf8_active(),
        ) {
            Ok(r) => {
                if r != super::internal::INCOMPLETE && !pwc.is_null() {
                    *pwc = wc;
                }
                r
            }
            Err(e) => {
                set_errno(e.0);
                FAILED
            }
        }
    }
}

/// `size_t mbrtowc(wchar_t *restrict pwc, const char *restrict s, size_t n,
///                 mbstate_t *restrict ps);`
///
/// Converts the next character of `s` (at most `n` bytes) into `*pwc`; returns the
/// bytes it completed, 0 for NUL, `(size_t)-2` for an incomplete character (kept in the
/// state), `(size_t)-1` on an invalid sequence. A null `ps` uses an internal state.
///
/// # Safety
/// `s` null or readable for `n` bytes (or up to its NUL); `pwc` null or writable; `ps`
/// null or a live state.
///
/// # Errors
/// `EILSEQ`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mbrtowc(
    pwc: *mut wchar_t,
    s: *const c_char,
    n: size_t,
    ps: *mut mbstate_t,
) -> size_t {
    let st = if ps.is_null() { &raw mut INTERNAL } else { ps };
    // SAFETY: forwarded contract; st is live.
    unsafe { convert(pwc, s, n, st) }
}

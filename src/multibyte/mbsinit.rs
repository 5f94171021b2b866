//! `mbsinit` (C17 7.29.6.2.1; musl: src/multibyte/mbsinit.c).
use crate::abi::types::c_int;
use crate::abi::wchar::mbstate_t;

/// `int mbsinit(const mbstate_t *ps);` — non-zero when `ps` is null or an initial state
/// (no incomplete character pending).
///
/// # Safety
/// `ps` null or a live state.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn mbsinit(ps: *const mbstate_t) -> c_int {
    // SAFETY: ps is null or live.
    (ps.is_null() || unsafe { (*ps).__opaque1 } == 0) as c_int
}

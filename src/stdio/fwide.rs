//! `fwide` (C17 7.29.3.5; musl: src/stdio/fwide.c).
use super::file::{File, lock, unlock};
use crate::abi::types::c_int;

/// Orients an unoriented `f` (wide for `mode > 0`, byte for `mode < 0`); returns the
/// orientation as 1, -1 or 0.
///
/// # Safety
/// `f` is live and locked by the caller.
pub unsafe fn orient(f: *mut File, mode: c_int) -> c_int {
    // SAFETY: the caller guarantees `f`.
    unsafe {
        if mode != 0 && (*f).mode == 0 {
            (*f).mode = if mode > 0 { 1 } else { -1 };
        }
        (*f).mode
    }
}

/// `int fwide(FILE *f, int mode);`
///
/// With `mode` 0 only reports the orientation; otherwise orients a stream that has none
/// yet (the first I/O orients it too; once set, only `freopen` changes it). Returns
/// positive for wide, negative for byte, 0 for none.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn fwide(f: *mut File, mode: c_int) -> c_int {
    // SAFETY: the caller guarantees `f`; the lock brackets the update.
    unsafe {
        let locked = lock(f);
        let r = orient(f, mode);
        if locked {
            unlock(f);
        }
        r
    }
}

//! `putw` (SVID, legacy; musl: src/stdio/putw.c): one `int` in its machine form.
use super::file::{EOF, File};
use crate::abi::types::c_int;

/// `int putw(int w, FILE *f);`
///
/// Writes the `sizeof(int)` bytes of `w`. Returns 0, or `EOF` on error.
///
/// # Safety
/// `f` must be a live stream.
///
/// # Errors
/// As `fwrite`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn putw(w: c_int, f: *mut File) -> c_int {
    let size = core::mem::size_of::<c_int>();
    // SAFETY: `w` is readable for its size; the caller guarantees `f`.
    let n = unsafe { super::fwrite::fwrite((&raw const w).cast(), size, 1, f) };
    if n == 1 { 0 } else { EOF }
}

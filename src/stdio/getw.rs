//! `getw` (SVID, legacy; musl: src/stdio/getw.c): one `int` in its machine form.
use super::file::{EOF, File};
use crate::abi::types::c_int;

/// `int getw(FILE *f);`
///
/// Reads `sizeof(int)` bytes as an `int`. Returns it, or `EOF` when fewer bytes were
/// available (an `int` that equals `EOF` is told apart only by `feof`/`ferror`).
///
/// # Safety
/// `f` must be a live stream.
///
/// # Errors
/// As `fread`.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn getw(f: *mut File) -> c_int {
    let mut x: c_int = 0;
    let size = core::mem::size_of::<c_int>();
    // SAFETY: `x` is writable for its size; the caller guarantees `f`.
    let n = unsafe { super::fread::fread((&raw mut x).cast(), size, 1, f) };
    if n == 1 { x } else { EOF }
}

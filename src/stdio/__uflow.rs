//! `__uflow`: refill and read one byte; glibc-built inline `getc` calls it
//! (musl: src/stdio/__uflow.c).
use super::file::{EOF, File};
use crate::abi::types::c_int;

/// `int __uflow(FILE *f);`
///
/// The next byte after refilling `f`'s buffer, or `EOF`. The caller holds the lock.
///
/// # Safety
/// `f` must be a live stream.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn __uflow(f: *mut File) -> c_int {
    let mut c = 0u8;
    // SAFETY: the caller guarantees `f`; `c` is one writable byte.
    unsafe {
        if super::__toread::toread(f) == 0
            && let Some(read) = (*f).read
            && read(f, &mut c, 1) == 1
        {
            return c as c_int;
        }
    }
    EOF
}

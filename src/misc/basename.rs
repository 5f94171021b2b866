//! `basename` (POSIX libgen.h; musl: src/misc/basename.c).
use crate::abi::types::c_char;

/// The string "." returned for null and empty paths.
pub(crate) static DOT: [u8; 2] = *b".\0";

/// `char *basename(char *path);`
///
/// The last component of `path`, with trailing slashes removed in place; `"/"` for a
/// path of slashes only; `"."` for null or empty.
///
/// # Safety
/// `path` is null or a writable NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn basename(path: *mut c_char) -> *mut c_char {
    // SAFETY: all indices are below the string's length.
    unsafe {
        if path.is_null() || *path == 0 {
            return DOT.as_ptr().cast_mut().cast();
        }
        let mut i = super::getopt::bytes(path).len() - 1;
        while i > 0 && *path.add(i) == b'/' as c_char {
            *path.add(i) = 0;
            i -= 1;
        }
        while i > 0 && *path.add(i - 1) != b'/' as c_char {
            i -= 1;
        }
        path.add(i)
    }
}

#[cfg(rcc_export)]
core::arch::global_asm!(".weak __xpg_basename", ".set __xpg_basename, basename");

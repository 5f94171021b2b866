//! `dirname` (POSIX libgen.h; musl: src/misc/dirname.c).
use crate::abi::types::c_char;

/// The string "/" returned for paths whose directory is the root.
static SLASH: [u8; 2] = *b"/\0";

/// `char *dirname(char *path);`
///
/// `path` without its last component and the slashes before it (cut in place); `"/"`
/// when that leaves only the root, `"."` when there is no slash (or for null/empty).
///
/// # Safety
/// `path` is null or a writable NUL-terminated string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn dirname(path: *mut c_char) -> *mut c_char {
    let dot = super::basename::DOT.as_ptr().cast_mut().cast();
    let slash = SLASH.as_ptr().cast_mut().cast();
    // SAFETY: all indices are below the string's length.
    unsafe {
        if path.is_null() || *path == 0 {
            return dot;
        }
        let is_slash = |i: usize| *path.add(i) == b'/' as c_char;
        let mut i = super::getopt::bytes(path).len() - 1;
        // Trailing slashes, then the last component, then the slashes before it.
        while is_slash(i) {
            if i == 0 {
                return slash;
            }
            i -= 1;
        }
        while !is_slash(i) {
            if i == 0 {
                return dot;
            }
            i -= 1;
        }
        while is_slash(i) {
            if i == 0 {
                return slash;
            }
            i -= 1;
        }
        *path.add(i + 1) = 0;
        path
    }
}

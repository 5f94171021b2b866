//! `strdup` (POSIX.1-2008, C23 7.26.2.6; musl: src/string/strdup.c).
use crate::abi::types::c_char;
use crate::malloc::libc::malloc;
use crate::string::memcpy::copy_forward;
use crate::string::strlen::str_len;

/// `char *strdup(const char *s);`
///
/// A copy of `s` in memory from `malloc` (the program's own, if it defines one), or null.
///
/// # Safety
/// `s` points to a NUL-terminated string.
///
/// # Errors
/// `ENOMEM` (set by `malloc`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strdup(s: *const c_char) -> *mut c_char {
    // SAFETY: `s` is a string; the copy of len + 1 bytes fits the new block.
    unsafe {
        let n = str_len(s.cast()) + 1;
        let d = malloc(n).cast::<u8>();
        if !d.is_null() {
            copy_forward(d, s.cast(), n);
        }
        d.cast()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies() {
        // SAFETY: a C string literal; the copy is freed with the matching free.
        unsafe {
            let d = strdup(c"hello".as_ptr());
            assert!(!d.is_null());
            assert_eq!(core::ffi::CStr::from_ptr(d), c"hello");
            crate::malloc::libc::free(d.cast());
        }
    }
}

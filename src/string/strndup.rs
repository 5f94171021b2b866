//! `strndup` (POSIX.1-2008, C23 7.26.2.7; musl: src/string/strndup.c).
use crate::abi::types::{c_char, size_t};
use crate::malloc::libc::malloc;
use crate::string::memchr::find_byte;
use crate::string::memcpy::copy_forward;

/// `char *strndup(const char *s, size_t n);`
///
/// A terminated copy of at most `n` bytes of `s`, in memory from `malloc`, or null.
///
/// # Safety
/// `s` is readable for `n` bytes or up to its terminator.
///
/// # Errors
/// `ENOMEM` (set by `malloc`).
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn strndup(s: *const c_char, n: size_t) -> *mut c_char {
    // SAFETY: the length search stays within `n` bytes or the terminator; the copy of
    // len bytes plus a NUL fits the new block.
    unsafe {
        let nul = find_byte(s.cast(), 0, n);
        let len = if nul.is_null() {
            n
        } else {
            nul as usize - s as usize
        };
        let d = malloc(len + 1).cast::<u8>();
        if !d.is_null() {
            copy_forward(d, s.cast(), len);
            *d.add(len) = 0;
        }
        d.cast()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_copy() {
        // SAFETY: C string literals; copies are freed with the matching free.
        unsafe {
            for (n, want) in [(0, c""), (3, c"hel"), (5, c"hello"), (99, c"hello")] {
                let d = strndup(c"hello".as_ptr(), n);
                assert!(!d.is_null());
                assert_eq!(core::ffi::CStr::from_ptr(d), want);
                crate::malloc::libc::free(d.cast());
            }
        }
    }
}

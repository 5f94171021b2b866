//! `wcslen` (C17 7.29.4.6.1; musl: src/string/wcslen.c).
use crate::abi::types::{size_t, wchar_t};

/// `size_t wcslen(const wchar_t *s);`
///
/// # Safety
/// `s` is a NUL-terminated wide string.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcslen(s: *const wchar_t) -> size_t {
    let mut n = 0;
    // SAFETY: the caller's string is readable up to and including its terminator.
    while unsafe { *s.add(n) } != 0 {
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths() {
        let s = [0x61, 0x1f600, -5, 0];
        // SAFETY: terminated arrays.
        unsafe {
            assert_eq!(wcslen(s.as_ptr()), 3);
            assert_eq!(wcslen(s.as_ptr().add(3)), 0);
        }
    }
}

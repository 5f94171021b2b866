//! `wcsnlen` (POSIX.1-2008; musl: src/string/wcsnlen.c).
use crate::abi::types::{size_t, wchar_t};

/// `size_t wcsnlen(const wchar_t *s, size_t n);`
///
/// # Safety
/// `s` readable up to its terminator or for `n` wide characters, whichever comes first.
#[cfg_attr(rcc_export, unsafe(no_mangle))]
pub unsafe extern "C" fn wcsnlen(s: *const wchar_t, n: size_t) -> size_t {
    let mut i = 0;
    // SAFETY: stops at the terminator or after `n` elements, as the caller promises.
    while i < n && unsafe { *s.add(i) } != 0 {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits() {
        let s = [1, 2, 3, 0];
        // SAFETY: terminated array.
        unsafe {
            assert_eq!(wcsnlen(s.as_ptr(), 2), 2);
            assert_eq!(wcsnlen(s.as_ptr(), 10), 3);
            assert_eq!(wcsnlen(core::ptr::null(), 0), 0);
        }
    }
}
